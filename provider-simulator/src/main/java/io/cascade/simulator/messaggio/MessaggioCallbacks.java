package io.cascade.simulator.messaggio;

import io.cascade.simulator.account.Accounts;
import io.cascade.simulator.account.MessaggioAccount;
import io.cascade.simulator.callback.CallbackEvent;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.http.Forms;
import io.cascade.simulator.message.Outcome;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messaggio notifications (seed 004 chapter 2): {@code type} delivery / seen / reply with {@code
 * msg_id}, {@code p_transaction_id}, {@code status}, {@code status_extended}, {@code text}, sent as
 * a form POST or as GET query parameters to the URL of the account, read at send time so a URL set
 * later through the control API still gets the reports. Plain SMS (sending_method sms) reports
 * carry the numeric status of the older documentation: 0 delivered, -1 not delivered, -2 expired.
 * Clicks are not reported: Messaggio documents none.
 */
final class MessaggioCallbacks implements CallbackFormat {
  static final List<String> VIBER_FAILURES =
      List.of(
          "VIBER_USER_NOT_FOUND",
          "VIBER_BLOCKED_BY_USER",
          "VIBER_NO_DEVICE",
          "VIBER_UNKNOWN_ERROR",
          "PHONE_BLACKLISTED",
          "SPAM_DETECTED",
          "OPERATOR_NOT_ALLOWED");

  /** Per-message facts of a Messaggio send. */
  record Details(String sendingMethod, boolean dlr) {}

  private final Accounts accounts;

  MessaggioCallbacks(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean wants(SimMessage message) {
    return ((Details) message.details()).dlr();
  }

  @Override
  public Outgoing build(SimMessage m, CallbackEvent event) {
    MessaggioAccount account = accounts.messaggio(m.account());
    if (account == null || account.callbackUrl() == null || account.callbackUrl().isBlank()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    switch (event) {
      case FINAL -> {
        params.put("type", "delivery");
        params.put("msg_id", m.messageId());
        params.put("p_transaction_id", m.ourId());
        delivery(m, params);
      }
      case STALE -> {
        params.put("type", "delivery");
        params.put("msg_id", m.messageId());
        params.put("p_transaction_id", m.ourId());
        params.put("status", "in process");
      }
      case SEEN -> {
        params.put("type", "seen");
        params.put("msg_id", m.messageId());
        params.put("p_transaction_id", m.ourId());
      }
      case REPLY -> {
        params.put("type", "reply");
        params.put("msg_id", m.messageId());
        params.put("text", m.plan().replyText());
        params.put("p_transaction_id", m.ourId());
      }
      default -> {
        return null;
      }
    }
    String form = Forms.encode(params);
    if (account.callbackMethod().equals("GET")) {
      String url = account.callbackUrl();
      return new Outgoing(url + (url.contains("?") ? "&" : "?") + form, "GET", null, null);
    }
    return new Outgoing(account.callbackUrl(), "POST", "application/x-www-form-urlencoded", form);
  }

  private static void delivery(SimMessage m, Map<String, String> params) {
    Plan plan = m.plan();
    if (sms(m)) {
      params.put(
          "status",
          switch (plan.outcome()) {
            case DELIVERED -> "0";
            case UNDELIVERED -> "-1";
            case EXPIRED -> "-2";
          });
      return;
    }
    if (plan.outcome() == Outcome.DELIVERED) {
      params.put("status", "delivered"); // also when the expiry_txt SMS got through
      return;
    }
    params.put("status", "undelivered");
    params.put(
        "status_extended",
        plan.outcome() == Outcome.EXPIRED || plan.fellBack()
            ? "VIBER_EXPIRED"
            : plan.reason(VIBER_FAILURES));
  }

  private static boolean sms(SimMessage m) {
    return ((Details) m.details()).sendingMethod().equals("sms");
  }
}
