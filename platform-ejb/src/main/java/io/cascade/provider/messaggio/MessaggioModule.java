package io.cascade.provider.messaggio;

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

/** Messaggio as the registry knows it. */
public final class MessaggioModule implements ProviderModule {

  @Override
  public ProviderKind kind() {
    return ProviderKind.MESSAGGIO;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return MessaggioClient.CAPABILITIES;
  }

  @Override
  public ProviderClient client(ProviderAccount account, String secret) {
    MessaggioEndpoints endpoints =
        account.getBaseUrl() == null
            ? MessaggioEndpoints.production()
            : MessaggioEndpoints.underBase(URI.create(account.getBaseUrl()));
    return new MessaggioClient(new MessaggioConfig(account.getLogin(), secret, endpoints, null));
  }

  @Override
  public ProviderClient validator() {
    return new MessaggioClient(
        new MessaggioConfig("validate", "validate", MessaggioEndpoints.production(), null));
  }

  @Override
  public AccountLimits accountLimits() {
    // no SMS TTL of its own: the SMS fallback follows dlr_timeout, the Viber TTL
    return new AccountLimits(
        MessaggioLimits.FROM_MAX,
        false,
        null,
        new AccountLimits.Range(MessaggioLimits.DLR_TIMEOUT_MIN, MessaggioLimits.DLR_TIMEOUT_MAX));
  }

  @Override
  public Set<String> documentedBases() {
    return Set.of("https://bulk.sms-online.com");
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
