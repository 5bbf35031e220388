package io.cascade.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleRecipientTest {

  @Test
  void readsNameValueLinesAndRendersWhatItKnows() {
    SampleRecipient sample = SampleRecipient.parse("name = Olena\n\ncity=Kyiv = centre\nnonsense");

    assertThat(sample.variables()).containsOnlyKeys("name", "city");
    assertThat(sample.render("Hi %name% from %city%, code %code%, 50% off"))
        .isEqualTo("Hi  Olena from Kyiv = centre, code %code%, 50% off");
  }

  @Test
  void flagsVariablesItHasNoValueFor() {
    SampleRecipient sample = SampleRecipient.parse("name=Olena");
    assertThat(sample.unknown(Set.of("name", "code"))).containsExactly("code");
  }
}
