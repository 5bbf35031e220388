package io.cascade.provideraccount;

import io.cascade.domain.provideraccount.EncryptedSecret;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The provider client of each account, built once (the secret decrypted here, held only by the
 * client's config) and shared by every send through the account, so its keep-alive connections are
 * reused. A client is built again when the account's endpoints or credentials change; the one it
 * replaces is closed once requests still using it have had time to end. All are closed on undeploy.
 */
@ApplicationScoped
public class ProviderClients {

  private static final Logger LOG = Logger.getLogger(ProviderClients.class.getName());

  /** Longer than a request may take (connect and read timeouts), so no request is cut off. */
  private static final long RETIRE_AFTER_SECONDS = 120;

  /** What the client of an account is built from: when any of it changes, so does the client. */
  private record Fingerprint(
      String baseUrl, String site, String clientId, String login, EncryptedSecret secret) {

    static Fingerprint of(ProviderAccount a) {
      return new Fingerprint(
          a.getBaseUrl(), a.getHyberSite(), a.getHyberClientId(), a.getLogin(), a.getSecret());
    }
  }

  private record Cached(Fingerprint fingerprint, ProviderClient client) {}

  @Inject ProviderAccountSettings settings;

  private final Map<UUID, Cached> clients = new ConcurrentHashMap<>();

  /** Closes replaced clients later, on a container thread. */
  @Resource ManagedScheduledExecutorService retirer;

  /** The shared client of the account; never close it, this bean does. */
  public ProviderClient forAccount(ProviderAccount account) {
    Fingerprint fingerprint = Fingerprint.of(account);
    Cached cached =
        clients.compute(
            account.getId(),
            (id, old) -> {
              if (old != null && old.fingerprint().equals(fingerprint)) {
                return old;
              }
              if (old != null) {
                retire(old.client());
              }
              return new Cached(fingerprint, build(account));
            });
    return cached.client();
  }

  /** Forgets a deleted account's client. */
  public void forget(UUID accountId) {
    Cached old = clients.remove(accountId);
    if (old != null) {
      retire(old.client());
    }
  }

  private ProviderClient build(ProviderAccount account) {
    String secret = settings.cipher().decrypt(account.getSecret(), context(account));
    return ProviderRegistry.module(account.getProvider()).client(account, secret);
  }

  private void retire(ProviderClient client) {
    retirer.schedule(() -> closeQuietly(client), RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void closeAll() {
    clients.values().forEach(c -> closeQuietly(c.client()));
    clients.clear();
  }

  private static void closeQuietly(ProviderClient client) {
    try {
      client.close();
    } catch (RuntimeException e) {
      LOG.fine(() -> "Closing a provider client failed: " + e);
    }
  }

  /** The associated data that binds an encrypted secret to its account. */
  static String context(ProviderAccount account) {
    return "provider-account:" + Objects.requireNonNull(account.getId());
  }
}
