package io.cascade.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.shared.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StoredTextTest {

  private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

  @Test
  void aStoredReasonReadsBackInEachLanguageWithItsValuesAndInnerTexts() {
    LocalizedText reason = ContactCsv.text("row.columns", 3, 2);
    LocalizedText wrapping =
        LocalizedText.of(
            ContactCsv.class,
            "io.cascade.audience.CsvMessages",
            "row.asStored",
            InvalidContentException.text("sender.length", 20, 25));

    for (LocalizedText text : new LocalizedText[] {reason, wrapping}) {
      LocalizedText read = StoredText.read(StoredText.write(text)).orElseThrow();
      assertThat(read).isEqualTo(text);
      assertThat(read.in(UKRAINIAN)).isEqualTo(text.in(UKRAINIAN)).isNotEqualTo(text.toString());
    }
    assertThat(StoredText.read(StoredText.write(reason)).orElseThrow().in(UKRAINIAN))
        .isEqualTo("Очікувалося стовпців: 3, знайдено: 2.");
  }

  @Test
  void onlyThePlatformsOwnBundlesAreReadBackAndAnythingElseIsNone() {
    assertThat(StoredText.read(null)).isEmpty();
    assertThat(StoredText.read("not json")).isEmpty();
    assertThat(
            StoredText.read(
                "{\"owner\":\"java.lang.Runtime\",\"bundle\":\"x\",\"key\":\"y\",\"args\":[]}"))
        .isEmpty();
    assertThat(
            StoredText.read(
                "{\"owner\":\"io.cascade.NoSuchClass\",\"bundle\":\"x\",\"key\":\"y\",\"args\":[]}"))
        .isEmpty();
  }
}
