package io.cascade.simulator.account;

import java.util.Locale;

/**
 * A Messaggio partner: login ({@code user}), the secret key of the signatures, and the DLR URL that
 * the real provider keeps in its account settings. {@code callbackMethod} is POST (form body) or
 * GET (query string). A null {@code balance} means unlimited; otherwise each recipient costs one.
 */
public record MessaggioAccount(
    String user, String secret, String callbackUrl, String callbackMethod, Long balance) {
  public MessaggioAccount {
    HyberAccount.require(user, "user");
    HyberAccount.require(secret, "secret");
    callbackMethod =
        callbackMethod == null ? "POST" : callbackMethod.trim().toUpperCase(Locale.ROOT);
    if (!callbackMethod.equals("POST") && !callbackMethod.equals("GET")) {
      throw new IllegalArgumentException("callback_method must be GET or POST");
    }
  }

  public MessaggioAccount withCallback(String url, String method) {
    return new MessaggioAccount(
        user, secret, url, method == null ? callbackMethod : method, balance);
  }
}
