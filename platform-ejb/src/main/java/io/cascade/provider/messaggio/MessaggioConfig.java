package io.cascade.provider.messaggio;

/**
 * One Messaggio account: partner login ({@code user}), the secret key that signs requests, and the
 * endpoints.
 *
 * @param charset value of the {@code charset} parameter, or null to leave Messaggio's default
 *     (UTF-8); we always send UTF-8 bytes
 */
public record MessaggioConfig(
    String login, String secretKey, MessaggioEndpoints endpoints, String charset) {

  public MessaggioConfig {
    if (login == null || secretKey == null || endpoints == null) {
      throw new IllegalArgumentException("Messaggio needs login, secret key and endpoints");
    }
  }

  @Override
  public String toString() {
    return "MessaggioConfig[login=" + login + ", endpoints=" + endpoints + "]";
  }
}
