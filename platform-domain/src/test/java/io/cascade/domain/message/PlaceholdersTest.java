package io.cascade.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void rendersEveryVariableFromTheRecipient() {
    assertThat(
            Placeholders.render(
                "Dear %greeting% %name%!", Map.of("greeting", "Mr. ", "name", "Michael")))
        .isEqualTo("Dear Mr.  Michael!");
  }

  @Test
  void leavesAPercentSignThatIsNoPlaceholder() {
    assertThat(Placeholders.render("50% off, 100 %", Map.of())).isEqualTo("50% off, 100 %");
    assertThat(Placeholders.hasAny("50% off")).isFalse();
  }

  @Test
  void valuesWithDollarSignsAreInsertedLiterally() {
    assertThat(Placeholders.render("pay %sum%", Map.of("sum", "$5\\"))).isEqualTo("pay $5\\");
  }

  @Test
  void namesEveryMissingVariable() {
    assertThatThrownBy(() -> Placeholders.render("%a% %b% %a%", Map.of()))
        .isInstanceOf(MissingVariableException.class)
        .satisfies(
            e -> assertThat(((MissingVariableException) e).missing()).containsOnly("a", "b"));
  }

  @Test
  void listsNamesInOrderOfFirstUse() {
    assertThat(Placeholders.names("%url% and %name% and %url%")).containsExactly("url", "name");
  }
}
