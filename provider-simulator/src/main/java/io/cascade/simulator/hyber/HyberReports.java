package io.cascade.simulator.hyber;

import io.cascade.simulator.callback.CallbackEvent;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.http.Json;
import io.cascade.simulator.message.Outcome;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;
import java.util.List;
import java.util.Map;

/**
 * Hyber's report objects (campaign status, DR queries, callbacks). Status 1/2/3, substatus 12 / 23
 * / 35 / 36 and hyber_status 23011, 23033 follow FACTS.md; an expired SMS is seed 001's example
 * (error_code 35015, no status fields). The hyber_status codes of other channels and failures are
 * ours (same scheme: substatus, then a channel code), listed in the README.
 */
final class HyberReports implements CallbackFormat {
  /** Seed 001's campaign status: {@code "error_text": "SMS expired", "error_code": 35015}. */
  static final int SMS_EXPIRED = 35_015;

  /** Per-message facts of a Hyber send (its channels are in the plan). */
  record Details(boolean ctr, int smsParts) {}

  /** A report; nulls are left out of the JSON. */
  record Report(
      Long time,
      String phoneNumber,
      String messageId,
      String extraId,
      Boolean processed,
      Boolean accepted,
      Integer status,
      Integer substatus,
      Integer hyberStatus,
      String sentVia,
      Integer totalSmsParts,
      Integer deliveredSmsParts,
      String statusText,
      Integer errorCode,
      String errorText,
      Integer clicks,
      Boolean seen,
      Long seenTime) {}

  /** A subscriber's answer, as FACTS.md lists its fields. */
  record Reply(
      String phone,
      Long time,
      String channel,
      String messageId,
      String extraId,
      String textFromSubscriber) {}

  private static final Map<String, Integer> CHANNEL_CODE =
      Map.of("sms", 11, "push", 21, "viber", 33, "whatsapp", 53);
  private static final Map<String, String> CHANNEL_NAME =
      Map.of("sms", "SMS", "push", "Push", "viber", "Viber", "whatsapp", "WhatsApp");
  private static final Map<String, List<String>> REASONS =
      Map.of(
          "viber", List.of("Not a Viber user", "Blocked by user", "No suitable device"),
          "sms", List.of("Absent subscriber", "Unknown subscriber", "Rejected by operator"),
          "whatsapp", List.of("Not a WhatsApp user", "Template rejected"),
          "push", List.of("Device not registered", "Application removed"));

  /** The state of a message as seen at {@code at}; {@code advanced} adds every detail. */
  static Report report(SimMessage m, long at, boolean advanced) {
    Plan plan = m.plan();
    Details d = (Details) m.details();
    if (!plan.finalReached(at)) {
      return new Report(
          m.acceptedAt(),
          m.phone(),
          m.messageId(),
          m.ourId(),
          false,
          true,
          1,
          12,
          null,
          advanced ? plan.channels().get(0) : null,
          null,
          null,
          "In progress",
          null,
          null,
          null,
          null,
          null);
    }
    String channel = plan.channel();
    int code = CHANNEL_CODE.get(channel);
    String name = CHANNEL_NAME.get(channel);
    boolean sms = channel.equals("sms");
    Integer parts = sms ? d.smsParts() : null;
    Integer clicks = d.ctr() ? plan.clicksBy(at) : null;
    Boolean seen = advanced && plan.seenBy(at) ? Boolean.TRUE : null;
    Long seenTime = seen != null ? plan.seenAt() : null;
    if (sms && plan.outcome() == Outcome.EXPIRED) {
      return smsExpired(m, plan.finalAt(), parts, clicks);
    }
    return switch (plan.outcome()) {
      case DELIVERED ->
          new Report(
              plan.finalAt(),
              m.phone(),
              m.messageId(),
              m.ourId(),
              true,
              true,
              2,
              23,
              23000 + code,
              channel,
              parts,
              parts,
              name + " delivered",
              null,
              null,
              clicks,
              seen,
              seenTime);
      case EXPIRED ->
          new Report(
              plan.finalAt(),
              m.phone(),
              m.messageId(),
              m.ourId(),
              true,
              true,
              3,
              35,
              35000 + code,
              channel,
              null,
              null,
              null,
              35000 + code,
              name + " expired",
              clicks,
              null,
              null);
      case UNDELIVERED ->
          new Report(
              plan.finalAt(),
              m.phone(),
              m.messageId(),
              m.ourId(),
              true,
              true,
              3,
              36,
              36000 + code,
              channel,
              parts,
              sms ? 0 : null,
              null,
              36000 + code,
              plan.reason(REASONS.get(channel)),
              clicks,
              null,
              null);
    };
  }

  /**
   * Seed 001's "SMS expired" report, field for field: no status, substatus, hyber_status, sent_via,
   * delivered_sms_parts or status_text; the error code alone tells expiry (and the SMS channel).
   */
  private static Report smsExpired(SimMessage m, long at, Integer parts, Integer clicks) {
    return new Report(
        at,
        m.phone(),
        m.messageId(),
        m.ourId(),
        true,
        true,
        null,
        null,
        null,
        null,
        parts,
        null,
        null,
        SMS_EXPIRED,
        "SMS expired",
        clicks,
        null,
        null);
  }

  /**
   * The short form of a DR query: ids, status codes, time. {@code error_code} too, since an expired
   * SMS has no other code.
   */
  static Report simple(SimMessage m, long now) {
    Report r = report(m, now, false);
    return new Report(
        r.time(),
        r.phoneNumber(),
        r.messageId(),
        r.extraId(),
        null,
        null,
        r.status(),
        r.substatus(),
        r.hyberStatus(),
        null,
        null,
        null,
        null,
        r.errorCode(),
        null,
        null,
        null,
        null);
  }

  private final int callbackBatch;

  /** {@code callbackBatch}: at most this many reports in one callback request (1: each alone). */
  HyberReports(int callbackBatch) {
    if (callbackBatch < 1) {
      throw new IllegalArgumentException("hyber_callback_batch must be >= 1");
    }
    this.callbackBatch = callbackBatch;
  }

  @Override
  public boolean wants(SimMessage message) {
    return message.callbackUrl() != null;
  }

  /** Reports may be batched (FACTS.md: "a JSON array of report objects"); replies go alone. */
  @Override
  public int batchSize(CallbackEvent event) {
    return event == CallbackEvent.REPLY ? 1 : callbackBatch;
  }

  @Override
  public Outgoing batch(List<Outgoing> callbacks) {
    StringBuilder body = new StringBuilder(callbacks.size() * 400).append('[');
    for (Outgoing callback : callbacks) {
      body.append(body.length() > 1 ? "," : "").append(callback.body());
    }
    return new Outgoing(
        callbacks.get(0).url(), "POST", "application/json", body.append(']').toString());
  }

  @Override
  public Outgoing build(SimMessage m, CallbackEvent event) {
    Plan plan = m.plan();
    Object body =
        switch (event) {
          case FINAL -> report(m, plan.finalAt(), true);
          case SEEN -> report(m, plan.seenAt(), true);
          case CLICK -> report(m, plan.clickAt(), true);
          case STALE -> report(m, m.acceptedAt(), true);
          case REPLY ->
              new Reply(
                  m.phone(),
                  plan.replyAt(),
                  plan.channel(),
                  m.messageId(),
                  m.ourId(),
                  plan.replyText());
        };
    return new Outgoing(m.callbackUrl(), "POST", "application/json", Json.string(body));
  }
}
