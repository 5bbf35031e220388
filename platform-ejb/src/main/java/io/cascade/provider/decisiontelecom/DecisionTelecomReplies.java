package io.cascade.provider.decisiontelecom;

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

/**
 * Reads {@code send-viber} replies: {@code {"message_id": 429}}, or the error body {@code {name,
 * message, code, status}} that may come with HTTP 200 and is recognised by its keys.
 */
public final class DecisionTelecomReplies {

  public static final String PROVIDER = "DecisionTelecom";

  /** Error codes (FACTS.md): 0/429 too many requests, 1/400 invalid parameter, 2/500, 3/402. */
  public static final int CODE_TOO_MANY_REQUESTS = 0;

  public static final int CODE_INVALID_PARAMETER = 1;
  public static final int CODE_INTERNAL_ERROR = 2;
  public static final int CODE_BALANCE = 3;

  public static final Duration THROTTLED_RETRY_BASE = Duration.ofSeconds(10);
  public static final Duration ERROR_RETRY_BASE = Duration.ofSeconds(30);

  private DecisionTelecomReplies() {}

  public static boolean isErrorBody(JsonNode reply) {
    return reply.isObject() && !reply.has("message_id") && reply.has("name") && reply.has("status");
  }

  public static SendOutcome read(Recipient sent, int httpStatus, String body, int attempt) {
    JsonNode reply;
    try {
      reply = ProviderJson.readReply(PROVIDER, body);
    } catch (ProviderReplyException e) {
      if (httpStatus >= 400) {
        return byStatus(sent, httpStatus, null, "HTTP " + httpStatus, attempt);
      }
      throw e;
    }
    if (isErrorBody(reply)) {
      Integer code = reply.hasNonNull("code") ? reply.get("code").asInt() : null;
      int status = reply.path("status").asInt(httpStatus);
      String text = ProviderJson.text(reply, "name");
      String message = ProviderJson.text(reply, "message");
      if (message != null) {
        text = text + ": " + message;
      }
      return byStatus(sent, status, code, text, attempt);
    }
    if (reply.hasNonNull("message_id") && httpStatus < 400) {
      return new Accepted(sent.messageId(), reply.get("message_id").asText(), null);
    }
    if (httpStatus >= 400) {
      return byStatus(sent, httpStatus, null, "HTTP " + httpStatus + ": " + body, attempt);
    }
    throw new ProviderReplyException(
        "DecisionTelecom answered a send with an unknown shape: " + body);
  }

  private static SendOutcome byStatus(
      Recipient sent, int status, Integer code, String text, int attempt) {
    String codeText = code == null ? "HTTP_" + status : String.valueOf(code);
    if ((code != null && code == CODE_TOO_MANY_REQUESTS) || status == 429) {
      return new Retryable(
          sent.messageId(), codeText, text, RetryBackoff.delay(THROTTLED_RETRY_BASE, attempt));
    }
    if ((code != null && code == CODE_INTERNAL_ERROR) || status >= 500 || status == 408) {
      return new Retryable(
          sent.messageId(), codeText, text, RetryBackoff.delay(ERROR_RETRY_BASE, attempt));
    }
    // 401 bad key, 3/402 top-up needed: the account, not this recipient; a person must act
    if (status == 401 || status == 402 || (code != null && code == CODE_BALANCE)) {
      return new Halt(sent.messageId(), codeText, text);
    }
    // 1/400 invalid parameter: sending again fails the same way.
    return new Rejected(sent.messageId(), codeText, text);
  }
}
