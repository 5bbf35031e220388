package io.cascade.provider.messaggio;

/**
 * One Messaggio account: partner login ({@code user}), the secret key that signs requests, and the
 * endpoints.
 *
 * @param charset the {@code charset} parameter, or null to leave Messaggio's default (UTF-8): the
 *     form is encoded and signed in it
 */
public record MessaggioConfig(
    String login, String secretKey, MessaggioEndpoints endpoints, MessaggioCharset charset) {

  public MessaggioConfig {
    if (login == null || secretKey == null || endpoints == null) {
      throw new IllegalArgumentException("Messaggio needs login, secret key and endpoints");
    }
  }

  /** The encoding of the form: the declared one, else Messaggio's default. */
  public MessaggioCharset encoding() {
    return charset == null ? MessaggioCharset.UTF_8 : charset;
  }

  @Override
  public String toString() {
    return "MessaggioConfig[login=" + login + ", endpoints=" + endpoints + "]";
  }
}
