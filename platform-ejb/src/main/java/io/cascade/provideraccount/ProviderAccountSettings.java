package io.cascade.provideraccount;

import io.cascade.domain.provideraccount.ProviderAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's settings for provider accounts, from the environment (MicroProfile Config): the
 * secret key(s), the allowed extra API bases and the platform's public URL for callback URLs.
 */
@ApplicationScoped
public class ProviderAccountSettings {

  @Inject
  @ConfigProperty(name = "PLATFORM_SECRET_KEY")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "PLATFORM_SECRET_KEY_PREVIOUS")
  Optional<String> previousSecretKeys;

  @Inject
  @ConfigProperty(name = "PROVIDER_BASE_URL_ALLOWLIST")
  Optional<String> baseUrlAllowList;

  @Inject
  @ConfigProperty(name = "PLATFORM_PUBLIC_URL", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * @throws SecretKeyException when no key is configured or it is malformed
   */
  public SecretCipher cipher() {
    String key = secretKey.filter(k -> !k.isBlank()).orElse(null);
    if (key == null) {
      throw new SecretKeyException(
          "No encryption key is configured, so secrets cannot be stored or read. The platform"
              + " operator must set PLATFORM_SECRET_KEY (base64 of 32 random bytes).");
    }
    List<String> previous =
        previousSecretKeys
            .map(p -> Arrays.stream(p.split(",")).map(String::strip))
            .orElseGet(java.util.stream.Stream::empty)
            .filter(p -> !p.isEmpty())
            .toList();
    return SecretCipher.fromBase64(key, previous);
  }

  public BaseUrlPolicy baseUrlPolicy() {
    return BaseUrlPolicy.of(baseUrlAllowList.orElse(""));
  }

  /** {@code {PLATFORM_PUBLIC_URL}/callbacks/{provider}/{token}}. */
  public String callbackUrl(ProviderAccount account) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base
        + "/callbacks/"
        + account.getProvider().pathName()
        + "/"
        + CallbackTokens.token(account, cipher());
  }
}
