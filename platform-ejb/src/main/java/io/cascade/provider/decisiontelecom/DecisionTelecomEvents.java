package io.cascade.provider.decisiontelecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.domain.channel.Channel;
import io.cascade.provider.CallbackParseException;
import io.cascade.provider.EventType;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Status replies, status callbacks and two-way replies of DecisionTelecom as our events.
 *
 * <p>Assumption: the status callback payload is not documented; we take it to have the shape of the
 * status query reply ({@code message_id, status, sms_message_id, sms_message_status}), which is
 * what the provider most plausibly posts. A body with {@code message_token} is a subscriber's
 * reply.
 */
public final class DecisionTelecomEvents {

  /** Viber {@code status}. */
  public static final int SENT = 0;

  public static final int DELIVERED = 1;
  public static final int ERROR = 2;
  public static final int REJECTED = 3;
  public static final int UNDELIVERED = 4;
  public static final int PENDING = 5;
  public static final int UNKNOWN = 20;

  /** {@code sms_message_status}. */
  public static final int SMS_UNKNOWN = 0;

  public static final int SMS_DELIVERED = 2;
  public static final int SMS_EXPIRED = 3;
  public static final int SMS_UNDELIVERABLE = 5;
  public static final int SMS_ACCEPTED = 6;

  /** {@code tracking_data} names the message answered as {@code tracking_id:<message_id>}. */
  public static final String TRACKING_PREFIX = "tracking_id:";

  private DecisionTelecomEvents() {}

  public static List<ProviderEvent> parseCallback(String body) {
    if (body == null || body.isBlank()) {
      throw new CallbackParseException(DecisionTelecomReplies.PROVIDER, "body is empty");
    }
    JsonNode json;
    try {
      json = ProviderJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new CallbackParseException(
          DecisionTelecomReplies.PROVIDER, "body is not JSON: " + e.getOriginalMessage(), e);
    }
    List<ProviderEvent> events = new ArrayList<>();
    if (json.isArray()) {
      json.forEach(item -> events.addAll(one(item)));
    } else {
      events.addAll(one(json));
    }
    return events;
  }

  static List<ProviderEvent> one(JsonNode json) {
    if (!json.isObject()) {
      throw new CallbackParseException(
          DecisionTelecomReplies.PROVIDER, "not a JSON object: " + json);
    }
    if (json.has("message_token")) {
      return List.of(reply(json));
    }
    if (!json.hasNonNull("message_id")) {
      throw new CallbackParseException(
          DecisionTelecomReplies.PROVIDER, "neither message_id nor message_token in " + json);
    }
    return status(json);
  }

  /** Events of a status reply or status callback; empty while nothing is known yet. */
  public static List<ProviderEvent> status(JsonNode json) {
    String id = json.get("message_id").asText();
    if (!json.hasNonNull("status")) {
      throw new CallbackParseException(DecisionTelecomReplies.PROVIDER, "no status in " + json);
    }
    Map<String, String> details = new LinkedHashMap<>();
    json.properties().forEach(e -> details.put(e.getKey(), e.getValue().asText()));
    List<ProviderEvent> events = new ArrayList<>();
    int status = json.get("status").asInt(-1);
    String code = String.valueOf(status);
    EventType type =
        switch (status) {
          case SENT, PENDING, UNKNOWN -> EventType.IN_PROGRESS;
          case DELIVERED -> EventType.DELIVERED;
          case ERROR, REJECTED, UNDELIVERED -> EventType.UNDELIVERED;
          default ->
              throw new CallbackParseException(
                  DecisionTelecomReplies.PROVIDER, "unknown Viber status " + json.get("status"));
        };
    String reason =
        switch (status) {
          case ERROR -> "Error";
          case REJECTED -> "Rejected";
          case UNDELIVERED -> "Undelivered";
          default -> null;
        };
    events.add(
        new ProviderEvent(type, id, null, Channel.VIBER, null, reason, code, null, null, details));
    if (json.hasNonNull("sms_message_status")) {
      int sms = json.get("sms_message_status").asInt(-1);
      EventType smsType =
          switch (sms) {
            case SMS_UNKNOWN, SMS_ACCEPTED -> EventType.IN_PROGRESS;
            case SMS_DELIVERED -> EventType.DELIVERED;
            case SMS_EXPIRED -> EventType.EXPIRED;
            case SMS_UNDELIVERABLE -> EventType.UNDELIVERED;
            default ->
                throw new CallbackParseException(
                    DecisionTelecomReplies.PROVIDER, "unknown SMS status " + sms);
          };
      events.add(
          new ProviderEvent(
              smsType,
              id,
              null,
              Channel.SMS,
              null,
              sms == SMS_UNDELIVERABLE ? "Undeliverable" : sms == SMS_EXPIRED ? "Expired" : null,
              String.valueOf(sms),
              null,
              null,
              details));
    }
    return events;
  }

  private static ProviderEvent reply(JsonNode json) {
    JsonNode message = json.get("message");
    if (message == null || !message.isObject() || !message.hasNonNull("text")) {
      throw new CallbackParseException(
          DecisionTelecomReplies.PROVIDER, "reply has no message.text: " + json);
    }
    String tracking = ProviderJson.text(message, "tracking_data");
    String answered = null;
    if (tracking != null && tracking.startsWith(TRACKING_PREFIX)) {
      answered = tracking.substring(TRACKING_PREFIX.length()).strip();
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("message_token", json.get("message_token").asText());
    if (json.hasNonNull("phone_number")) {
      details.put("phone_number", json.get("phone_number").asText());
    }
    if (tracking != null) {
      details.put("tracking_data", tracking);
    }
    Instant at = null;
    if (json.hasNonNull("time")) {
      if (!json.get("time").canConvertToLong()) {
        throw new CallbackParseException(
            DecisionTelecomReplies.PROVIDER, "time is not epoch seconds: " + json.get("time"));
      }
      at = Instant.ofEpochSecond(json.get("time").asLong());
    }
    return new ProviderEvent(
        EventType.REPLY,
        answered,
        null,
        Channel.VIBER,
        at,
        null,
        null,
        message.get("text").asText(),
        null,
        details);
  }
}
