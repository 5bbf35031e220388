package io.cascade.provideraccount;

import io.cascade.provider.ProviderClient;
import io.cascade.provider.decisiontelecom.DecisionTelecomClient;
import io.cascade.provider.decisiontelecom.DecisionTelecomConfig;
import io.cascade.provider.decisiontelecom.DecisionTelecomEndpoints;
import io.cascade.provider.hyber.HyberClient;
import io.cascade.provider.hyber.HyberConfig;
import io.cascade.provider.hyber.HyberEndpoints;
import io.cascade.provider.messaggio.MessaggioClient;
import io.cascade.provider.messaggio.MessaggioConfig;
import io.cascade.provider.messaggio.MessaggioEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Builds the provider client of an account: its credentials (the secret decrypted here, held only
 * by the client's config) and its endpoints, documented or under the allowed base.
 */
@ApplicationScoped
public class ProviderClients {

  @Inject ProviderAccountSettings settings;

  public ProviderClient forAccount(ProviderAccount account) {
    String secret = settings.cipher().decrypt(account.getSecret(), context(account));
    return forAccount(account, secret);
  }

  /** The associated data that binds an encrypted secret to its account. */
  static String context(ProviderAccount account) {
    return "provider-account:" + account.getId();
  }

  static ProviderClient forAccount(ProviderAccount account, String secret) {
    URI base = account.getBaseUrl() == null ? null : URI.create(account.getBaseUrl());
    return switch (account.getProvider()) {
      case HYBER ->
          new HyberClient(
              new HyberConfig(
                  account.getLogin(),
                  secret,
                  base == null
                      ? HyberEndpoints.forSite(account.getHyberSite(), account.getHyberClientId())
                      : HyberEndpoints.underBase(base, account.getHyberClientId()),
                  null,
                  true));
      case MESSAGGIO ->
          new MessaggioClient(
              new MessaggioConfig(
                  account.getLogin(),
                  secret,
                  base == null
                      ? MessaggioEndpoints.production()
                      : MessaggioEndpoints.underBase(base),
                  null));
      case DECISIONTELECOM ->
          new DecisionTelecomClient(
              new DecisionTelecomConfig(
                  secret,
                  base == null
                      ? DecisionTelecomEndpoints.production()
                      : DecisionTelecomEndpoints.underBase(base)));
    };
  }
}
