package io.cascade.provideraccount;

import io.cascade.domain.provideraccount.EncryptedSecret;
import io.cascade.domain.provideraccount.ProviderAccount;
import java.util.Objects;
import java.util.UUID;

/**
 * Callback tokens at rest: the account keeps the token's keyed hash, by which a callback finds it,
 * and the token encrypted, to show its URL again. Neither lets a copy of the database forge a
 * callback without the platform's secret key.
 */
final class CallbackTokens {

  /** What the keyed hash is for: the same token hashed for another purpose gives another value. */
  static final String PURPOSE = "callback-token";

  private CallbackTokens() {}

  /** A token as the account keeps it: its keyed hash for the lookup, and encrypted. */
  record AtRest(String hash, EncryptedSecret encrypted) {}

  /** Gives the account a new token; the previous one stops working. */
  static void issue(ProviderAccount account, SecretCipher cipher) {
    AtRest kept = atRest(ProviderAccount.newCallbackToken(), account.getId(), cipher);
    account.replaceCallbackToken(kept.hash(), kept.encrypted());
  }

  /** How the token of the account is kept, bound to the account. */
  static AtRest atRest(String token, UUID accountId, SecretCipher cipher) {
    return new AtRest(cipher.keyedHash(PURPOSE, token), cipher.encrypt(token, context(accountId)));
  }

  /** The token, decrypted, for the account's callback URL. */
  static String token(ProviderAccount account, SecretCipher cipher) {
    return cipher.decrypt(account.getCallbackToken(), context(account));
  }

  /** Bound to the account: a token copied to another row does not decrypt. */
  static String context(ProviderAccount account) {
    return context(account.getId());
  }

  static String context(UUID accountId) {
    return "callback-token:" + Objects.requireNonNull(accountId);
  }
}
