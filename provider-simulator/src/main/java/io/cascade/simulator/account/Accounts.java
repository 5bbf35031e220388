package io.cascade.simulator.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Valid credentials per provider; thread-safe, changed at run time by the control API. */
public final class Accounts {
  private final Map<String, HyberAccount> hyber = new ConcurrentHashMap<>();
  private final Map<String, MessaggioAccount> messaggio = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> messaggioBalance = new ConcurrentHashMap<>();
  private final Map<String, DecisionTelecomAccount> decisionTelecom = new ConcurrentHashMap<>();

  public Accounts(
      List<HyberAccount> hyberAccounts,
      List<MessaggioAccount> messaggioAccounts,
      List<DecisionTelecomAccount> decisionTelecomAccounts) {
    hyberAccounts.forEach(this::register);
    messaggioAccounts.forEach(this::register);
    decisionTelecomAccounts.forEach(this::register);
  }

  public void register(HyberAccount account) {
    hyber.put(account.clientId(), account);
  }

  public void register(MessaggioAccount account) {
    messaggio.put(account.user(), account);
    if (account.balance() != null) {
      messaggioBalance.put(account.user(), new AtomicLong(account.balance()));
    } else {
      messaggioBalance.remove(account.user());
    }
  }

  public void register(DecisionTelecomAccount account) {
    decisionTelecom.put(account.key(), account);
  }

  /** The Hyber account when the client id exists and the Basic credentials match it. */
  public HyberAccount hyber(String clientId, String authorization) {
    HyberAccount account = clientId == null ? null : hyber.get(clientId);
    String[] credentials = basic(authorization);
    if (account == null || credentials == null) {
      return null;
    }
    return account.login().equals(credentials[0]) && account.password().equals(credentials[1])
        ? account
        : null;
  }

  public MessaggioAccount messaggio(String user) {
    return user == null ? null : messaggio.get(user);
  }

  /** Takes {@code count} from a limited balance; false when it does not reach. */
  public boolean chargeMessaggio(String user, int count) {
    AtomicLong balance = messaggioBalance.get(user);
    if (balance == null) {
      return true;
    }
    while (true) {
      long left = balance.get();
      if (left < count) {
        return false;
      }
      if (balance.compareAndSet(left, left - count)) {
        return true;
      }
    }
  }

  /**
   * The DecisionTelecom account of a {@code Basic base64(key)} header. A decoded value of {@code
   * key:} or {@code key:anything} is accepted too, since HTTP clients that only do user:password
   * Basic auth send it that way.
   */
  public DecisionTelecomAccount decisionTelecom(String authorization) {
    String decoded = decodeBasic(authorization);
    if (decoded == null) {
      return null;
    }
    DecisionTelecomAccount account = decisionTelecom.get(decoded);
    int colon = decoded.indexOf(':');
    if (account == null && colon > 0) {
      account = decisionTelecom.get(decoded.substring(0, colon));
    }
    return account;
  }

  public Collection<HyberAccount> hyberAccounts() {
    return List.copyOf(hyber.values());
  }

  public Collection<MessaggioAccount> messaggioAccounts() {
    return List.copyOf(messaggio.values());
  }

  public Collection<DecisionTelecomAccount> decisionTelecomAccounts() {
    return List.copyOf(decisionTelecom.values());
  }

  static String[] basic(String authorization) {
    String decoded = decodeBasic(authorization);
    if (decoded == null) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? null
        : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  static String decodeBasic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      return new String(
          Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
