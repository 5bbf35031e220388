package io.cascade.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

class OptOutKeywordsTest {

  @Test
  void theDefaultsMatchHoweverTheSubscriberTypesThem() {
    OptOutKeywords keywords = OptOutKeywords.defaults();
    assertThat(keywords.matches("STOP")).isTrue();
    assertThat(keywords.matches("  stop ")).isTrue();
    assertThat(keywords.matches("Stop!")).isTrue();
    assertThat(keywords.matches("с т о п")).isTrue();
    assertThat(keywords.matches("Відписатися")).isTrue();
    assertThat(keywords.matches("отписаться.")).isTrue();
  }

  @Test
  void aTextThatOnlyContainsAKeywordIsNoOptOut() {
    OptOutKeywords keywords = OptOutKeywords.defaults();
    assertThat(keywords.matches("Don't stop the offers")).isFalse();
    assertThat(keywords.matches("Thanks!")).isFalse();
    assertThat(keywords.matches("")).isFalse();
    assertThat(keywords.matches(null)).isFalse();
  }

  @Test
  void aTenantsOwnListReplacesTheDefaultsAndEmptyMeansTheDefaults() {
    OptOutKeywords own = OptOutKeywords.parse("unsubscribe, Хватит\n cancel ,,");
    assertThat(own.words()).containsExactly("UNSUBSCRIBE", "ХВАТИТ", "CANCEL");
    assertThat(own.matches("Cancel")).isTrue();
    assertThat(own.matches("stop")).isFalse();
    assertThat(own.text()).isEqualTo("UNSUBSCRIBE, ХВАТИТ, CANCEL");
    assertThat(OptOutKeywords.parse("  ").words()).isEqualTo(OptOutKeywords.DEFAULTS);
  }

  @Test
  void anOverlongKeywordIsRefusedWithWhatToFix() {
    assertThatThrownBy(() -> OptOutKeywords.parse("x".repeat(41)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("longer than 40 characters");
  }
}
