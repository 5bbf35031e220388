package io.cascade.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderAccountSettingsTest {

  private static final String KEY =
      Base64.getEncoder().encodeToString(new byte[SecretCipher.KEY_BYTES]);

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
  void callbackUrlsAreUnderThePublicUrlAndTheirTokenIsStoredOnlyHashedAndEncrypted() {
    ProviderAccountSettings settings = settings(KEY);
    ProviderAccount account =
        new ProviderAccount(
            ProviderKind.MESSAGGIO,
            new ProviderAccountDetails("M", null, null, null, "u", List.of("Acme"), null, null));
    CallbackTokens.issue(account, settings.cipher());

    String url = settings.callbackUrl(account);
    assertThat(url)
        .matches("https://cascade\\.example\\.com/callbacks/messaggio/[A-Za-z0-9_-]{43}");
    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(account.getCallbackTokenHash())
        .isNotEqualTo(token)
        .isEqualTo(settings.cipher().keyedHash(CallbackTokens.PURPOSE, token));
    assertThat(new String(account.getCallbackToken().ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain(token);

    CallbackTokens.issue(account, settings.cipher());
    assertThat(settings.callbackUrl(account)).isNotEqualTo(url);
    assertThat(settings(null).baseUrlPolicy().allowed()).containsExactly("http://localhost:8190");
  }
}
