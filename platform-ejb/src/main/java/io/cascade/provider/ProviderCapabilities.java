package io.cascade.provider;

import io.cascade.domain.channel.Channel;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a provider can do, so dispatch can plan without knowing who it talks to.
 *
 * @param maxBatchSize most recipients in one provider request
 * @param nativeCascade the provider itself falls back from one channel to the next
 * @param broadcastWithVariables one request carries a template plus per-recipient variables
 * @param statusQuery the provider answers status queries ({@link ProviderClient#queryStatus})
 * @param statusByOurId it finds a message by our own id, so a request whose answer was lost can be
 *     reconciled (Hyber's {@code extra_id}); without it such a message stays unknown
 * @param mediaUpload images are sent only by the id of an upload ({@link MediaUploader})
 */
public record ProviderCapabilities(
    Set<Channel> channels,
    int maxBatchSize,
    boolean nativeCascade,
    boolean broadcastWithVariables,
    boolean statusQuery,
    boolean statusByOurId,
    boolean twoWay,
    boolean mediaUpload) {

  public ProviderCapabilities {
    channels = Set.copyOf(channels);
  }

  /** The channels in the order the editor offers them. */
  public List<Channel> channelsInOrder() {
    return Stream.of(Channel.values()).filter(channels::contains).toList();
  }
}
