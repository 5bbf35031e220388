package io.cascade.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderAccountSettingsTest {

  private static ProviderAccountSettings settings(String key) {
    ProviderAccountSettings s = new ProviderAccountSettings();
    s.secretKey = Optional.ofNullable(key);
    s.previousSecretKeys = Optional.empty();
    s.baseUrlAllowList = Optional.of("http://localhost:8190");
    s.publicUrl = "https://cascade.example.com/";
    return s;
  }

  @Test
  void withoutAKeySecretsAreRefusedWithWhatTheOperatorMustDo() {
    for (String missing : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> settings(missing).cipher())
          .isInstanceOf(SecretKeyException.class)
          .hasMessageContaining("No encryption key is configured")
          .hasMessageContaining("PLATFORM_SECRET_KEY");
    }
  }

  @Test
  void callbackUrlsAreUnderThePublicUrl() {
    ProviderAccount account =
        new ProviderAccount(
            ProviderKind.MESSAGGIO,
            new ProviderAccountDetails("M", null, null, null, "u", List.of("Acme"), null, null));

    assertThat(settings(null).callbackUrl(account))
        .isEqualTo("https://cascade.example.com/callbacks/messaggio/" + account.getCallbackToken());
    assertThat(settings(null).baseUrlPolicy().allowed()).containsExactly("http://localhost:8190");
  }
}
