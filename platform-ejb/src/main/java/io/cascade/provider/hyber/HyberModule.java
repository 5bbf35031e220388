package io.cascade.provider.hyber;

import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.SenderName;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.provider.AccountLimits;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderModule;
import java.net.URI;
import java.util.Set;

/** Hyber as the registry knows it. */
public final class HyberModule implements ProviderModule {

  @Override
  public ProviderKind kind() {
    return ProviderKind.HYBER;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return HyberClient.CAPABILITIES;
  }

  @Override
  public ProviderClient client(ProviderAccount account, String secret) {
    HyberEndpoints endpoints =
        account.getBaseUrl() == null
            ? HyberEndpoints.forSite(account.getHyberSite(), account.getHyberClientId())
            : HyberEndpoints.underBase(
                URI.create(account.getBaseUrl()), account.getHyberClientId());
    return new HyberClient(new HyberConfig(account.getLogin(), secret, endpoints, null, true));
  }

  @Override
  public ProviderClient validator() {
    return new HyberClient(
        new HyberConfig(
            "validate", "validate", HyberEndpoints.forSite("validate", "0"), null, true));
  }

  @Override
  public AccountLimits accountLimits() {
    // the sender is the SMS alpha name: Latin, at most 11
    return new AccountLimits(
        HyberLimits.SMS_ALPHA_NAME_MAX,
        true,
        new AccountLimits.Range(HyberLimits.SMS_TTL_MIN, HyberLimits.SMS_TTL_MAX),
        new AccountLimits.Range(HyberLimits.VIBER_TTL_MIN, HyberLimits.VIBER_TTL_MAX));
  }

  @Override
  public Set<String> documentedBases() {
    // The hosts depend on the account's site; a base URL is only ever the simulator's.
    return Set.of();
  }

  @Override
  public ChannelContent testMessage(ProviderAccount account, String text) {
    return new SmsContent(
        text,
        SenderName.of(account.getSenderNames().get(0)),
        Ttl.ofSeconds(account.getSmsTtlSeconds()),
        false);
  }
}
