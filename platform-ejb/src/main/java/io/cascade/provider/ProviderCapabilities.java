package io.cascade.provider;

import io.cascade.domain.channel.Channel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a provider can do, so dispatch can plan without knowing who it talks to.
 *
 * @param maxBatchSize most recipients in one provider request
 * @param features what else it can do, by name (no row of positional booleans to get wrong)
 */
public record ProviderCapabilities(Set<Channel> channels, int maxBatchSize, Set<Feature> features) {

  /** What a provider can do besides sending. */
  public enum Feature {
    /** The provider itself falls back from one channel to the next. */
    NATIVE_CASCADE,
    /** One request carries a template plus per-recipient variables. */
    BROADCAST_WITH_VARIABLES,
    /** It answers status queries ({@link ProviderClient#queryStatus}). */
    STATUS_QUERY,
    /**
     * It finds a message by our own id, so a request whose answer was lost can be reconciled
     * (Hyber's {@code extra_id}); without it such a message stays unknown.
     */
    STATUS_BY_OUR_ID,
    /** Recipients can answer (inbound messages). */
    TWO_WAY,
    /** Images are sent only by the id of an upload ({@link MediaUploader}). */
    MEDIA_UPLOAD,
    /**
     * Its failure report is the message's last word, for the channel that ended the cascade (Hyber
     * reports once per message, Messaggio once per request's phone); without it only a failure of
     * the cascade's last channel is final (DecisionTelecom reports Viber and its SMS apart).
     */
    REPORTS_CASCADE_END
  }

  public ProviderCapabilities {
    channels = Set.copyOf(channels);
    features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
  }

  public ProviderCapabilities(Set<Channel> channels, int maxBatchSize, Feature... features) {
    this(channels, maxBatchSize, Set.of(features));
  }

  public boolean nativeCascade() {
    return features.contains(Feature.NATIVE_CASCADE);
  }

  public boolean broadcastWithVariables() {
    return features.contains(Feature.BROADCAST_WITH_VARIABLES);
  }

  public boolean statusQuery() {
    return features.contains(Feature.STATUS_QUERY);
  }

  public boolean statusByOurId() {
    return features.contains(Feature.STATUS_BY_OUR_ID);
  }

  public boolean twoWay() {
    return features.contains(Feature.TWO_WAY);
  }

  public boolean mediaUpload() {
    return features.contains(Feature.MEDIA_UPLOAD);
  }

  public boolean reportsCascadeEnd() {
    return features.contains(Feature.REPORTS_CASCADE_END);
  }

  /** The channels in the order the editor offers them. */
  public List<Channel> channelsInOrder() {
    return Stream.of(Channel.values()).filter(channels::contains).toList();
  }
}
