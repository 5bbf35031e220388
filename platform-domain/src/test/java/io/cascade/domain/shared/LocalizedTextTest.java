package io.cascade.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.channel.SenderName;
import io.cascade.domain.channel.Ttl;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

  private static LocalizedText problemOf(Runnable making) {
    try {
      making.run();
    } catch (InvalidContentException e) {
      return e.texts().get(0);
    }
    throw new AssertionError("no problem");
  }

  @Test
  void numbersKeepNoThousandsSeparatorsInAnyLanguage() {
    LocalizedText problem = problemOf(() -> Ttl.ofSeconds(0));

    assertThat(problem.toString()).isEqualTo("TTL must be between 1 and 2592000 seconds, was 0");
    assertThat(problem.in(UKRAINIAN)).isEqualTo("TTL має бути від 1 до 2592000 секунд, зараз 0");
  }

  @Test
  void apostrophesSurviveTheMessageFormat() {
    assertThat(problemOf(() -> SenderName.of(" ")).in(UKRAINIAN))
        .isEqualTo("Ім'я відправника не може бути порожнім");
  }

  @Test
  void aLanguageWithoutBundleReadsEnglishWhateverTheServerDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(UKRAINIAN);
      assertThat(problemOf(() -> SenderName.of(" ")).in(Locale.GERMAN))
          .isEqualTo("Sender name must not be empty");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theExceptionMessageIsEnglish() {
    assertThatThrownBy(() -> SenderName.of("x".repeat(30)))
        .hasMessage("Sender name must be at most 20 characters, was 30");
  }
}
