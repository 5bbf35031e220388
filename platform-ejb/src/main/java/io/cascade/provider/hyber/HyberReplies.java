package io.cascade.provider.hyber;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.ProviderJson;
import io.cascade.provider.ProviderReplyException;
import io.cascade.provider.RetryBackoff;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Halt;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Hyber's replies to sends: {@code {"message_id"}}, {@code {"job_id"}}, the per-message
 * {@code /sync} list, and {@code {"error_code","error_text"}}.
 */
public final class HyberReplies {

  public static final String PROVIDER = "Hyber";

  /** Base of the back-off after a passing failure (HTTP 429/5xx, no connection). */
  public static final Duration RETRY_BASE = Duration.ofSeconds(30);

  /** Code we give a recipient the {@code /sync} reply did not mention. */
  public static final String NOT_IN_REPLY = "NOT_IN_REPLY";

  private HyberReplies() {}

  /** Reply of a successful HTTP exchange (200), which may still be an error object. */
  public static List<SendOutcome> read(List<Recipient> sent, String body, int attempt) {
    JsonNode reply = ProviderJson.readReply(PROVIDER, body);
    if (reply.has("error_code")) {
      return error(sent, 200, reply, attempt);
    }
    if (reply.hasNonNull("message_id") && sent.size() == 1) {
      return List.of(new Accepted(sent.get(0).messageId(), reply.get("message_id").asText(), null));
    }
    if (reply.hasNonNull("job_id")) {
      String job = reply.get("job_id").asText();
      return sent.stream().<SendOutcome>map(r -> new Accepted(r.messageId(), null, job)).toList();
    }
    if (reply.has("messages") && reply.get("messages").isArray()) {
      return perMessage(sent, reply.get("messages"), attempt);
    }
    throw new ProviderReplyException("Hyber answered a send with an unknown shape: " + body);
  }

  /** Reply of an HTTP error status: Hyber's error object if there is one, else the status. */
  public static List<SendOutcome> httpError(
      List<Recipient> sent, int status, String body, int attempt) {
    JsonNode reply;
    try {
      reply = ProviderJson.readReply(PROVIDER, body);
    } catch (ProviderReplyException e) {
      reply = ProviderJson.MAPPER.createObjectNode().put("error_text", "HTTP " + status);
    }
    return error(sent, status, reply, attempt);
  }

  /** Every recipient of a request that never got an answer (no connection, timeout). */
  /**
   * Only HTTP 408/429/5xx are passing. Hyber publishes no table of which error codes are temporary
   * (only 36024 "Phone number incorrect" is known), so an error object under HTTP 200 or 4xx is
   * taken as final.
   */
  private static List<SendOutcome> error(
      List<Recipient> sent, int status, JsonNode reply, int attempt) {
    String code = reply.has("error_code") ? reply.get("error_code").asText() : "HTTP_" + status;
    String text = ProviderJson.text(reply, "error_text");
    boolean passing = status == 408 || status == 429 || status >= 500;
    // credentials refused: the account, not these recipients; a person must act
    boolean halt = status == 401 || status == 403;
    Duration delay = RetryBackoff.delay(RETRY_BASE, attempt);
    List<SendOutcome> outcomes = new ArrayList<>();
    for (Recipient r : sent) {
      outcomes.add(
          halt
              ? new Halt(r.messageId(), code, text)
              : passing
                  ? new Retryable(r.messageId(), code, text, delay)
                  : new Rejected(r.messageId(), code, text));
    }
    return outcomes;
  }

  private static List<SendOutcome> perMessage(
      List<Recipient> sent, JsonNode messages, int attempt) {
    Map<String, JsonNode> byExtraId = new HashMap<>();
    for (JsonNode m : messages) {
      String extraId = ProviderJson.text(m, "extra_id");
      if (extraId != null) {
        byExtraId.put(extraId, m);
      }
    }
    List<SendOutcome> outcomes = new ArrayList<>();
    for (Recipient r : sent) {
      JsonNode m = byExtraId.get(r.messageId());
      if (m == null) {
        // Sent or not is unknown: dispatch reconciles by a status query on extra_id first.
        outcomes.add(
            new Retryable(
                r.messageId(),
                NOT_IN_REPLY,
                "Hyber's reply did not mention this message",
                RetryBackoff.delay(RETRY_BASE, attempt)));
      } else if (m.path("accepted").asBoolean(false)) {
        outcomes.add(new Accepted(r.messageId(), ProviderJson.text(m, "message_id"), null));
      } else {
        outcomes.add(
            new Rejected(
                r.messageId(),
                m.has("error_code") ? m.get("error_code").asText() : "NOT_ACCEPTED",
                m.has("error_text") ? m.get("error_text").asText() : "Hyber did not accept it"));
      }
    }
    return outcomes;
  }
}
