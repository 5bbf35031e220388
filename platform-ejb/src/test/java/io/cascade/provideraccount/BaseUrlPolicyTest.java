package io.cascade.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.InvalidProviderAccountException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlPolicyTest {

  private final BaseUrlPolicy policy =
      BaseUrlPolicy.of(" http://localhost:18190/ , not a url, https://sim.example.com:443");

  @Test
  void emptyAndTheDocumentedBasesMeanTheDefault() {
    assertThat(policy.check(ProviderKind.MESSAGGIO, null)).isNull();
    assertThat(policy.check(ProviderKind.MESSAGGIO, "  ")).isNull();
    assertThat(policy.check(ProviderKind.MESSAGGIO, "https://bulk.sms-online.com/")).isNull();
    assertThat(policy.check(ProviderKind.DECISIONTELECOM, "https://WEB.it-decision.com/v1/api"))
        .isNull();
  }

  @Test
  void allowedBasesMatchAfterNormalisation() {
    assertThat(policy.allowed())
        .containsExactlyInAnyOrder("http://localhost:18190", "https://sim.example.com");
    assertThat(policy.check(ProviderKind.HYBER, "http://LOCALHOST:18190"))
        .isEqualTo("http://localhost:18190");
    assertThat(policy.check(ProviderKind.MESSAGGIO, "https://sim.example.com/"))
        .isEqualTo("https://sim.example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/",
        "http://169.254.169.254/latest/meta-data",
        "http://localhost:8080/",
        "http://localhost:18190/hyber",
        "http://localhost:18190@evil.example/",
        "http://user:pw@localhost:18190",
        "http://localhost:18190/?x=1",
        "https://localhost:18190",
        "file:///etc/passwd",
        "gopher://localhost:18190",
        "https://bulk.sms-online.com.evil.example/",
        "not a url"
      })
  void anythingElseIsRefusedWithWhatToDo(String base) {
    assertThatThrownBy(() -> policy.check(ProviderKind.MESSAGGIO, base))
        .isInstanceOf(InvalidProviderAccountException.class)
        .hasMessageContaining("is not allowed")
        .hasMessageContaining("Leave it empty")
        .extracting(e -> ((InvalidProviderAccountException) e).getField())
        .isEqualTo("baseUrl");
  }

  @Test
  void aDocumentedBaseOfAnotherProviderIsNotADefault() {
    assertThatThrownBy(() -> policy.check(ProviderKind.HYBER, "https://bulk.sms-online.com"))
        .isInstanceOf(InvalidProviderAccountException.class);
  }

  @Test
  void withoutAnAllowListOnlyTheDefaultsPass() {
    BaseUrlPolicy none = BaseUrlPolicy.of(null);
    assertThat(none.check(ProviderKind.MESSAGGIO, "")).isNull();
    assertThatThrownBy(() -> none.check(ProviderKind.MESSAGGIO, "http://localhost:18190"))
        .isInstanceOf(InvalidProviderAccountException.class);
  }
}
