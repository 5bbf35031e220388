package io.cascade.provider.messaggio;

import io.cascade.provider.CallbackParseException;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.EventType;
import io.cascade.provider.ProviderEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses Messaggio's notifications (seed 004, section 2): {@code delivery}, {@code seen}, {@code
 * reply}, sent by GET (query) or POST (form body). One notification per message; duplicates are
 * possible because Messaggio resends until it gets 200.
 */
public final class MessaggioCallbacks {

  /** Seed 004, 2.1.1: the reasons of an undelivered Viber message. */
  public static final Map<String, String> STATUS_EXTENDED =
      Map.ofEntries(
          Map.entry("VIBER_BLOCKED_BY_USER", "The sender is blocked by the user"),
          Map.entry("VIBER_USER_NOT_FOUND", "Viber is not installed on the user's device"),
          Map.entry("VIBER_NO_DEVICE", "Viber messages are not available on the user's device"),
          Map.entry("VIBER_EXPIRED", "Delivery time limit (dlr_timeout) expired"),
          Map.entry("VIBER_UNKNOWN_ERROR", "Unknown error"),
          Map.entry("INVALID_SESSION", "The session is not available"),
          Map.entry("PHONE_BLACKLISTED", "The number is blacklisted or messaging is not permitted"),
          Map.entry("SPAM_DETECTED", "Not delivered because of spam filters"),
          Map.entry("FROM_NOT_ALLOWED", "Inappropriate sender name"),
          Map.entry("BAD_WORDS_FOUND", "The message contains obscenity"),
          Map.entry("PHONE_INCORRECT", "Incorrect phone number"),
          Map.entry("OPERATOR_NOT_ALLOWED", "Messaging is prohibited by the operator"));

  private MessaggioCallbacks() {}

  public static List<ProviderEvent> parse(CallbackPayload payload) {
    Map<String, List<String>> params = new LinkedHashMap<>(payload.query());
    String type =
        payload.contentType() == null ? "" : payload.contentType().toLowerCase(Locale.ROOT);
    if (!payload.body().isBlank()) {
      if (!type.isEmpty() && !type.startsWith("application/x-www-form-urlencoded")) {
        throw new CallbackParseException(
            MessaggioReplies.PROVIDER, "expected a form body, got " + payload.contentType());
      }
      FormCodec.decode(payload.body())
          .forEach((k, v) -> params.merge(k, v, MessaggioCallbacks::concat));
    }
    String kind = one(params, "type");
    String msgId = one(params, "msg_id");
    String ourId = one(params, "p_transaction_id");
    if (kind == null) {
      throw new CallbackParseException(MessaggioReplies.PROVIDER, "parameter 'type' is missing");
    }
    if (msgId == null && ourId == null) {
      throw new CallbackParseException(
          MessaggioReplies.PROVIDER, "neither msg_id nor p_transaction_id is present");
    }
    Map<String, String> details = new LinkedHashMap<>();
    params.forEach((k, v) -> details.put(k, String.join(",", v)));
    ProviderEvent event =
        switch (kind) {
          case "delivery" -> delivery(params, msgId, ourId, details);
          case "seen" -> event(EventType.SEEN, msgId, ourId, null, null, null, details);
          case "reply" -> {
            String text = one(params, "text");
            if (text == null) {
              throw new CallbackParseException(
                  MessaggioReplies.PROVIDER, "reply notification has no 'text'");
            }
            yield event(EventType.REPLY, msgId, ourId, null, null, text, details);
          }
          default ->
              throw new CallbackParseException(
                  MessaggioReplies.PROVIDER, "unknown notification type '" + kind + "'");
        };
    return List.of(event);
  }

  private static ProviderEvent delivery(
      Map<String, List<String>> params, String msgId, String ourId, Map<String, String> details) {
    String status = one(params, "status");
    if (status == null) {
      throw new CallbackParseException(
          MessaggioReplies.PROVIDER, "delivery notification has no 'status'");
    }
    String extended = one(params, "status_extended");
    String reason =
        extended == null
            ? null
            : extended + ": " + STATUS_EXTENDED.getOrDefault(extended, "unknown reason");
    return switch (status.strip().toLowerCase(Locale.ROOT)) {
      case "delivered", "0" -> event(EventType.DELIVERED, msgId, ourId, null, null, null, details);
      case "in process", "buffered" ->
          event(EventType.IN_PROGRESS, msgId, ourId, null, null, null, details);
      case "undelivered" ->
          "VIBER_EXPIRED".equals(extended)
              ? event(EventType.EXPIRED, msgId, ourId, reason, extended, null, details)
              : event(
                  EventType.UNDELIVERED,
                  msgId,
                  ourId,
                  reason == null ? "Undelivered" : reason,
                  extended,
                  null,
                  details);
      // Plain SMS reports use numbers (FACTS.md): -1 not delivered, -2 expired, -3 rejected.
      case "-1" -> event(EventType.UNDELIVERED, msgId, ourId, "Not delivered", "-1", null, details);
      case "-2" ->
          event(EventType.EXPIRED, msgId, ourId, "Expired after 24 h", "-2", null, details);
      case "-3" -> event(EventType.UNDELIVERED, msgId, ourId, "Rejected", "-3", null, details);
      default ->
          throw new CallbackParseException(
              MessaggioReplies.PROVIDER, "unknown delivery status '" + status + "'");
    };
  }

  private static ProviderEvent event(
      EventType type,
      String msgId,
      String ourId,
      String reason,
      String code,
      String text,
      Map<String, String> details) {
    // Notifications do not say whether Viber or its SMS fallback delivered: channel stays null.
    return new ProviderEvent(type, msgId, ourId, null, null, reason, code, text, null, details);
  }

  private static String one(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
