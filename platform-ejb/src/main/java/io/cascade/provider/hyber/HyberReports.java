package io.cascade.provider.hyber;

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
import java.util.Locale;
import java.util.Map;

/**
 * Turns Hyber report objects (callbacks, campaign status, delivery reports) into our events.
 *
 * <p>Status table (FACTS.md; Hyber's own Section 8 is not in our documents): {@code status} 1 in
 * progress, 2 delivered, 3 failed or expired, -1 not sent to any channel; {@code substatus} 26 (not
 * delivered within TTL) and 35 (expired) and error code 35015 mean expired; {@code hyber_status}
 * 23011 is SMS, 23033/23043 Viber. A report with no {@code status} but an {@code error_code} (the
 * seed's "SMS expired" example) is final with that error.
 */
public final class HyberReports {

  public static final int STATUS_IN_PROGRESS = 1;
  public static final int STATUS_DELIVERED = 2;
  public static final int STATUS_FAILED = 3;
  public static final int STATUS_NOT_SENT = -1;
  public static final int SUBSTATUS_NOT_DELIVERED_IN_TTL = 26;
  public static final int SUBSTATUS_EXPIRED = 35;
  public static final int ERROR_SMS_EXPIRED = 35015;

  private HyberReports() {}

  /** A callback body: one report object, an array of them, or {@code {"messages": [...]}}. */
  public static List<ProviderEvent> parse(JsonNode body) {
    List<ProviderEvent> events = new ArrayList<>();
    if (body.isArray()) {
      for (JsonNode report : body) {
        events.addAll(one(report));
      }
    } else if (body.isObject() && body.has("messages") && body.get("messages").isArray()) {
      for (JsonNode report : body.get("messages")) {
        events.addAll(one(report));
      }
    } else if (body.isObject()) {
      events.addAll(one(body));
    } else {
      throw new CallbackParseException(HyberReplies.PROVIDER, "expected a JSON object or array");
    }
    return events;
  }

  static List<ProviderEvent> one(JsonNode r) {
    if (!r.isObject()) {
      throw new CallbackParseException(
          HyberReplies.PROVIDER, "a report is not a JSON object: " + r);
    }
    String providerId = ProviderJson.text(r, "message_id");
    String ourId = ProviderJson.text(r, "extra_id");
    if (providerId == null && ourId == null) {
      throw new CallbackParseException(
          HyberReplies.PROVIDER, "report has neither message_id nor extra_id: " + r);
    }
    Instant at = time(r);
    Channel channel = channel(r);
    Map<String, String> details = new LinkedHashMap<>();
    for (String field :
        List.of(
            "status",
            "substatus",
            "hyber_status",
            "sent_via",
            "total_sms_parts",
            "delivered_sms_parts",
            "phone_number",
            "number")) {
      String value = ProviderJson.text(r, field);
      if (value != null) {
        details.put(field, value);
      }
    }
    String errorCode = ProviderJson.text(r, "error_code");
    String reason = ProviderJson.text(r, "error_text");
    if (reason == null) {
      reason = ProviderJson.text(r, "status_text");
    }
    List<ProviderEvent> events = new ArrayList<>();
    if (r.has("text_from_subscriber")) {
      replyDetails(r, details);
      events.add(
          new ProviderEvent(
              EventType.REPLY,
              providerId,
              ourId,
              channel,
              at,
              null,
              null,
              r.get("text_from_subscriber").asText(),
              null,
              details));
      return events;
    }
    EventType type = type(r, errorCode);
    if (type != null) {
      String why = type == EventType.UNDELIVERED || type == EventType.EXPIRED ? reason : null;
      if (type == EventType.UNDELIVERED && why == null) {
        why = r.path("status").asInt() == STATUS_NOT_SENT ? "Not sent to any channel" : "Failed";
      }
      events.add(
          new ProviderEvent(
              type, providerId, ourId, channel, at, why, errorCode, null, null, details));
    }
    if (isSeen(r)) {
      events.add(
          new ProviderEvent(
              EventType.SEEN, providerId, ourId, channel, at, null, null, null, null, details));
    }
    int clicks = r.path("clicks").asInt(0);
    if (clicks > 0) {
      events.add(
          new ProviderEvent(
              EventType.CLICKED,
              providerId,
              ourId,
              channel,
              at,
              null,
              null,
              null,
              clicks,
              details));
    }
    if (events.isEmpty()) {
      throw new CallbackParseException(
          HyberReplies.PROVIDER, "report carries no status, error, click or reply: " + r);
    }
    return events;
  }

  /**
   * What a subscriber's reply carries besides its text (FACTS.md: {@code phone}, {@code channel},
   * media URLs, {@code location}). Assumption, as the field names are not documented: media come as
   * any field whose name has "media" or ends in "url" (a string or an array of them), a location as
   * {@code {latitude, longitude}} (or {@code lat}/{@code lon}) or a text.
   */
  private static void replyDetails(JsonNode r, Map<String, String> details) {
    String phone = ProviderJson.text(r, "phone");
    if (phone != null) {
      details.put("phone", phone);
    }
    List<String> media = new ArrayList<>();
    r.properties()
        .forEach(
            e -> {
              String name = e.getKey().toLowerCase(Locale.ROOT);
              if (name.contains("media") || name.endsWith("url")) {
                if (e.getValue().isArray()) {
                  e.getValue().forEach(v -> media.add(v.asText()));
                } else if (e.getValue().isTextual()) {
                  media.add(e.getValue().asText());
                }
              }
            });
    if (!media.isEmpty()) {
      details.put("media_url", String.join(" ", media));
    }
    JsonNode location = r.get("location");
    if (location != null && location.isObject()) {
      JsonNode lat = location.has("latitude") ? location.get("latitude") : location.get("lat");
      JsonNode lon = location.has("longitude") ? location.get("longitude") : location.get("lon");
      if (lat != null && lon != null) {
        details.put("location", lat.asText() + "," + lon.asText());
      }
    } else if (location != null && location.isTextual()) {
      details.put("location", location.asText());
    }
  }

  private static EventType type(JsonNode r, String errorCode) {
    if (r.hasNonNull("status")) {
      int status = r.get("status").asInt();
      int substatus = r.path("substatus").asInt(0);
      return switch (status) {
        case STATUS_DELIVERED -> EventType.DELIVERED;
        case STATUS_IN_PROGRESS -> EventType.IN_PROGRESS;
        case STATUS_FAILED, STATUS_NOT_SENT ->
            substatus == SUBSTATUS_EXPIRED
                    || substatus == SUBSTATUS_NOT_DELIVERED_IN_TTL
                    || String.valueOf(ERROR_SMS_EXPIRED).equals(errorCode)
                ? EventType.EXPIRED
                : EventType.UNDELIVERED;
        default ->
            throw new CallbackParseException(
                HyberReplies.PROVIDER, "unknown status " + status + " in " + r);
      };
    }
    if (errorCode != null) {
      return String.valueOf(ERROR_SMS_EXPIRED).equals(errorCode)
          ? EventType.EXPIRED
          : EventType.UNDELIVERED;
    }
    return null;
  }

  /** Assumption: Hyber's "seen" report (not in our documents) says {@code "seen": true}. */
  private static boolean isSeen(JsonNode r) {
    if (r.path("seen").asBoolean(false)) {
      return true;
    }
    String text = ProviderJson.text(r, "status_text");
    return text != null && text.toLowerCase(Locale.ROOT).matches(".*\\b(seen|read)\\b.*");
  }

  private static Instant time(JsonNode r) {
    JsonNode time = r.get("time");
    if (time == null || time.isNull()) {
      return null;
    }
    if (time.canConvertToLong()) {
      return Instant.ofEpochMilli(time.asLong());
    }
    if (time.isTextual() && time.asText().matches("\\d+")) {
      return Instant.ofEpochMilli(Long.parseLong(time.asText()));
    }
    throw new CallbackParseException(
        HyberReplies.PROVIDER, "time is not epoch milliseconds: " + time);
  }

  private static Channel channel(JsonNode r) {
    String via = ProviderJson.text(r, "sent_via");
    if (via == null) {
      via = ProviderJson.text(r, "channel");
    }
    if (via != null) {
      for (Channel c : Channel.values()) {
        if (c.name().equalsIgnoreCase(via)) {
          return c;
        }
      }
    }
    int hyberStatus = r.path("hyber_status").asInt(0);
    if (hyberStatus == 23011 || hyberStatus == 35015) {
      return Channel.SMS;
    }
    if (hyberStatus == 23033 || hyberStatus == 23043) {
      return Channel.VIBER;
    }
    // Seed 001's "SMS expired" report has no status fields at all, only this error code.
    if (r.path("error_code").asInt(0) == ERROR_SMS_EXPIRED) {
      return Channel.SMS;
    }
    return null;
  }
}
