package io.cascade.provider;

import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import java.util.Set;

/**
 * Everything the platform knows about one provider, given by the provider's own package: adding a
 * provider is a new package with one of these, listed in {@link ProviderRegistry}.
 */
public interface ProviderModule {

  ProviderKind kind();

  ProviderCapabilities capabilities();

  /**
   * A client that sends through the account, with its credentials and endpoints (documented, or
   * under the account's allowed base URL). Built once per account and shared; the caller closes it.
   */
  ProviderClient client(ProviderAccount account, String secret);

  /** A client with no account, for checking content against the provider's rules only. */
  ProviderClient validator();

  /** What the provider accepts of an account's sender names and default TTLs. */
  AccountLimits accountLimits();

  /** The documented API bases a person might type for this provider; they mean "the default". */
  Set<String> documentedBases();

  /** The one message the check of an account sends (a channel the account can send alone). */
  ChannelContent testMessage(ProviderAccount account, String text);
}
