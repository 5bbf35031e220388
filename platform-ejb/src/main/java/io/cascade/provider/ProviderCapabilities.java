package io.cascade.provider;

import io.cascade.channel.Channel;
import java.util.Set;

/**
 * What a provider can do, so dispatch can plan without knowing who it talks to.
 *
 * @param maxBatchSize most recipients in one provider request
 * @param nativeCascade the provider itself falls back from one channel to the next
 * @param broadcastWithVariables one request carries a template plus per-recipient variables
 */
public record ProviderCapabilities(
    Set<Channel> channels,
    int maxBatchSize,
    boolean nativeCascade,
    boolean broadcastWithVariables,
    boolean statusQuery,
    boolean twoWay,
    boolean mediaUpload) {

  public ProviderCapabilities {
    channels = Set.copyOf(channels);
  }
}
