package io.cascade.simulator.decisiontelecom;

import io.cascade.simulator.callback.CallbackEvent;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.http.Json;
import io.cascade.simulator.message.Outcome;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;

/**
 * DecisionTelecom callbacks. The status callback's payload is not documented; we send the shape of
 * the status query reply ({@code message_id, status, sms_message_id, sms_message_status}), the most
 * plausible guess. Two-way replies use the documented shape. Viber's status list has no "seen" and
 * no clicks, so neither is reported.
 */
final class DecisionTelecomCallbacks implements CallbackFormat {
  static final int VIBER_SENT = 0;
  static final int VIBER_DELIVERED = 1;
  static final int VIBER_UNDELIVERED = 4;
  static final int VIBER_PENDING = 5;
  static final int SMS_DELIVERED = 2;
  static final int SMS_EXPIRED = 3;
  static final int SMS_UNDELIVERABLE = 5;
  static final int SMS_ACCEPTED = 6;

  /** Per-message facts: whether an SMS fallback was asked for, and whether replies may come. */
  record Details(boolean smsFallback, boolean twoWay, long numericId) {}

  /** The status query reply and status callback. */
  record Status(long messageId, int status, Long smsMessageId, Integer smsMessageStatus) {}

  /** A subscriber's reply to a 2Way message (seed 003). */
  record Reply(long messageToken, String phoneNumber, long time, ReplyMessage message) {}

  record ReplyMessage(String text, String trackingData) {}

  static Status status(SimMessage m, long at) {
    Details d = (Details) m.details();
    Plan plan = m.plan();
    Long smsId = d.smsFallback() ? d.numericId() + 1_000_000_000L : null;
    if (!plan.finalReached(at)) {
      return new Status(d.numericId(), VIBER_PENDING, smsId, d.smsFallback() ? 0 : null);
    }
    if (!plan.fellBack()) {
      return new Status(
          d.numericId(),
          plan.outcome() == Outcome.DELIVERED ? VIBER_DELIVERED : VIBER_UNDELIVERED,
          smsId,
          d.smsFallback() ? 0 : null);
    }
    int sms =
        switch (plan.outcome()) {
          case DELIVERED -> SMS_DELIVERED;
          case EXPIRED -> SMS_EXPIRED;
          case UNDELIVERED -> SMS_UNDELIVERABLE;
        };
    return new Status(d.numericId(), VIBER_UNDELIVERED, smsId, sms);
  }

  @Override
  public boolean wants(SimMessage message) {
    return message.callbackUrl() != null;
  }

  @Override
  public Outgoing build(SimMessage m, CallbackEvent event) {
    Details d = (Details) m.details();
    Object body =
        switch (event) {
          case FINAL -> status(m, m.plan().finalAt());
          case STALE -> status(m, m.acceptedAt());
          case REPLY ->
              new Reply(
                  d.numericId() * 1000 + 7,
                  m.phone(),
                  m.plan().replyAt() / 1000,
                  new ReplyMessage(m.plan().replyText(), "tracking_id:" + d.numericId()));
          default -> null;
        };
    return body == null
        ? null
        : new Outgoing(m.callbackUrl(), "POST", "application/json", Json.string(body));
  }
}
