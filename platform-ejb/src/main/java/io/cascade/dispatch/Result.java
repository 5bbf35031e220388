package io.cascade.dispatch;

import io.cascade.domain.message.MessageState;
import java.time.Instant;
import java.util.UUID;

/**
 * What to write of a claimed message after its send: its next state and what the provider said.
 *
 * @param notBefore when a RETRY_WAIT message may be sent again; null otherwise
 * @param channel the channel of its first hop (when it was sent)
 */
public record Result(
    UUID id,
    MessageState state,
    String providerMessageId,
    String jobId,
    String errorCode,
    String errorText,
    Instant notBefore,
    String channel) {

  static Result sent(UUID id, String providerMessageId, String jobId, String channel) {
    return new Result(id, MessageState.SENT, providerMessageId, jobId, null, null, null, channel);
  }

  static Result of(UUID id, MessageState state, String code, String text, Instant notBefore) {
    return new Result(id, state, null, null, code, text, notBefore, null);
  }
}
