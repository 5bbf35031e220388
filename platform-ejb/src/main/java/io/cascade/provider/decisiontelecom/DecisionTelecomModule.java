package io.cascade.provider.decisiontelecom;

import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.SenderName;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.provider.AccountLimits;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderModule;
import java.net.URI;
import java.util.Set;

/** DecisionTelecom as the registry knows it. */
public final class DecisionTelecomModule implements ProviderModule {

  @Override
  public ProviderKind kind() {
    return ProviderKind.DECISIONTELECOM;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return DecisionTelecomClient.CAPABILITIES;
  }

  @Override
  public ProviderClient client(ProviderAccount account, String secret) {
    DecisionTelecomEndpoints endpoints =
        account.getBaseUrl() == null
            ? DecisionTelecomEndpoints.production()
            : DecisionTelecomEndpoints.underBase(URI.create(account.getBaseUrl()));
    return new DecisionTelecomClient(new DecisionTelecomConfig(secret, endpoints));
  }

  @Override
  public ProviderClient validator() {
    return new DecisionTelecomClient(
        new DecisionTelecomConfig("validate", DecisionTelecomEndpoints.production()));
  }

  @Override
  public AccountLimits accountLimits() {
    // no SMS TTL of its own: validity_period is the Viber one (40 s with the SMS fallback)
    return new AccountLimits(
        DecisionTelecomLimits.SOURCE_ADDR_MAX,
        false,
        null,
        new AccountLimits.Range(
            DecisionTelecomLimits.VALIDITY_PERIOD_MIN, DecisionTelecomLimits.VALIDITY_PERIOD_MAX));
  }

  @Override
  public Set<String> documentedBases() {
    return Set.of("https://web.it-decision.com", "https://web.it-decision.com/v1/api");
  }

  /** DecisionTelecom sends Viber, with SMS only as a fallback: the check is a Viber text. */
  @Override
  public ChannelContent testMessage(ProviderAccount account, String text) {
    return new ViberContent(
        text,
        SenderName.of(account.getSenderNames().get(0)),
        Ttl.ofSeconds(account.getViberTtlSeconds()),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        false);
  }
}
