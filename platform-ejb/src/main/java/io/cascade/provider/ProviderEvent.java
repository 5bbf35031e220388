package io.cascade.provider;

import io.cascade.domain.channel.Channel;
import java.time.Instant;
import java.util.Map;

/**
 * One piece of news about a message, in our terms. At least one of {@code providerMessageId} and
 * {@code messageId} (ours) is set, except for a reply that names no message; the rest is null when
 * the provider did not say.
 *
 * @param reason why it was not delivered (provider's words or code name)
 * @param errorCode the provider's error or status code, as text
 * @param text the subscriber's reply
 * @param count clicks so far for {@link EventType#CLICKED}
 * @param details anything else worth keeping (SMS parts, raw status codes)
 */
public record ProviderEvent(
    EventType type,
    String providerMessageId,
    String messageId,
    Channel channel,
    Instant at,
    String reason,
    String errorCode,
    String text,
    Integer count,
    Map<String, String> details) {

  public ProviderEvent {
    details = details == null ? Map.of() : Map.copyOf(details);
    // A reply may come without saying which message it answers; every other event names one.
    if (providerMessageId == null && messageId == null && type != EventType.REPLY) {
      throw new IllegalArgumentException("An event needs a provider message id or our id");
    }
  }

  public static ProviderEvent of(EventType type, String providerMessageId, String messageId) {
    return new ProviderEvent(
        type, providerMessageId, messageId, null, null, null, null, null, null, null);
  }
}
