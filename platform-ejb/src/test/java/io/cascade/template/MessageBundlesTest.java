package io.cascade.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles of sentences a person reads (lint, limits, content problems, CSV refusals): none is
 * left untranslated.
 */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "io/cascade/template/LintMessages",
        "io/cascade/provider/LimitMessages",
        "io/cascade/domain/channel/ContentMessages",
        "io/cascade/domain/provider/ProviderMessages",
        "io/cascade/domain/provideraccount/AccountMessages",
        "io/cascade/domain/tenancy/ProfileMessages",
        "io/cascade/domain/media/MediaMessages",
        "io/cascade/domain/campaign/CampaignMessages",
        "io/cascade/audience/CsvMessages",
        "io/cascade/domain/audience/AudienceMessages"
      })
  void everyEnglishMessageHasAUkrainianOneWithTheSamePlaceholders(String bundle)
      throws IOException {
    Properties english = load(bundle + ".properties");
    Properties ukrainian = load(bundle + "_uk.properties");

    assertThat(ukrainian.stringPropertyNames())
        .as("keys of %s_uk", bundle)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String uk = ukrainian.getProperty(key);
      assertThat(placeholders(uk)).as("placeholders of %s", key).isEqualTo(placeholders(en));
      assertThat(uk).as("%s is translated", key).isNotBlank();
      for (String pattern : new String[] {en, uk}) {
        // a lone apostrophe would quote the rest of the sentence away
        assertThat(pattern.replace("''", "")).as("apostrophes of %s", key).doesNotContain("'");
      }
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
