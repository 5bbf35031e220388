package io.cascade.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Which account a callback URL's token belongs to, across tenants (a callback has no login): by the
 * token's keyed hash under every configured key, so a key rotation keeps old URLs working. Found
 * accounts are remembered for a few seconds, as a busy provider posts thousands of callbacks a
 * second; this node forgets at once an account whose token is rotated or which is deleted, other
 * nodes within {@link #REMEMBER_MILLIS}.
 */
@ApplicationScoped
public class CallbackAccounts {

  /** The account a token names. */
  public record Found(String tenantId, UUID accountId, ProviderKind provider) {}

  static final long REMEMBER_MILLIS = 10_000;

  /** Tokens are URL-safe base64 of {@code CALLBACK_TOKEN_BYTES}; anything else is no token. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

  private record Remembered(Found found, long until) {}

  @Inject ProviderAccountSettings settings;

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  private volatile SecretCipher cipher;
  private final Map<String, Remembered> byToken = new ConcurrentHashMap<>();

  /**
   * The account of the token at this provider; empty for a token that is not (or no longer) one.
   */
  public Optional<Found> find(ProviderKind provider, String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    long now = System.currentTimeMillis();
    Remembered remembered = byToken.get(token);
    if (remembered == null || remembered.until() < now) {
      Found found = lookUp(token);
      if (found == null) {
        byToken.remove(token);
        return Optional.empty();
      }
      if (byToken.size() > 10_000) {
        byToken.clear(); // a bound on memory; the accounts are looked up again
      }
      remembered = new Remembered(found, now + REMEMBER_MILLIS);
      byToken.put(token, remembered);
    }
    return remembered.found().provider() == provider
        ? Optional.of(remembered.found())
        : Optional.empty();
  }

  /** The account's token changed or the account is gone: its old URL stops working now. */
  void forget(UUID accountId) {
    byToken.values().removeIf(r -> r.found().accountId().equals(accountId));
  }

  private Found lookUp(String token) {
    List<String> hashes = cipher().keyedHashes(CallbackTokens.PURPOSE, token);
    // across tenants on purpose: the token is what names the tenant here
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select tenant_id, id, provider from provider_account"
                    + " where callback_token_hash = any(?)")) {
      st.setArray(1, c.createArrayOf("text", hashes.toArray(String[]::new)));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? new Found(
                rs.getString(1), rs.getObject(2, UUID.class), ProviderKind.valueOf(rs.getString(3)))
            : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look up a callback token: " + e.getMessage(), e);
    }
  }

  private SecretCipher cipher() {
    SecretCipher c = cipher;
    if (c == null) {
      c = settings.cipher();
      cipher = c;
    }
    return c;
  }
}
