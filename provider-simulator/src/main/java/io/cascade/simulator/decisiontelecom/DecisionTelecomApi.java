package io.cascade.simulator.decisiontelecom;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.Provider;
import io.cascade.simulator.SimulatorContext;
import io.cascade.simulator.account.DecisionTelecomAccount;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.fault.FaultKind;
import io.cascade.simulator.http.Endpoint;
import io.cascade.simulator.http.Json;
import io.cascade.simulator.http.Reply;
import io.cascade.simulator.http.Request;
import io.cascade.simulator.ledger.SendCounter;
import io.cascade.simulator.message.Outcome;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;
import io.cascade.simulator.message.Sms;
import io.undertow.server.RoutingHandler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The DecisionTelecom endpoints under {@code /decisiontelecom}: {@code v1/api/send-viber} and
 * {@code v1/api/receive-viber}. Errors are {@code {name, message, code, status}} with the HTTP
 * status of {@code status}, or HTTP 200 when {@code decisiontelecom_errors_http200} is set (the
 * real API is seen doing both).
 *
 * <p>Our own message id: DecisionTelecom takes none, so sends are counted per (phone, {@code
 * X-Cascade-Message-Id} header) when the client sends that header, else per (phone, hash of the
 * text).
 */
public final class DecisionTelecomApi {
  static final int ADDR_MAX = 20;
  static final int TEXT_MAX = 1000;
  static final int TEXT_SMS_LATIN_MAX = 160;
  static final int TEXT_SMS_UCS2_MAX = 70;
  static final int BUTTON_CAPTION_MAX = 30;
  static final int VALIDITY_MIN = 40;
  static final int VALIDITY_MAX = 21_600;
  static final int VALIDITY_WITH_SMS = 40;
  static final long STATUS_QUERY_WINDOW_MS = 5L * 24 * 3600 * 1000;
  static final Set<Integer> MESSAGE_TYPES = Set.of(106, 108, 206, 208, 225);
  static final String OUR_ID_HEADER = "X-Cascade-Message-Id";
  private static final Provider DT = Provider.DECISIONTELECOM;

  /**
   * DecisionTelecom reports no "seen", and Viber's status 4 means undelivered after expiry too: a
   * Viber-only message that fails is decided as undelivered, which is all its report can say. With
   * {@code text_sms} the SMS status tells expired (3) from undeliverable (5).
   */
  private static final Plan.Reporting VIBER_ONLY =
      new Plan.Reporting(false, failure -> Outcome.UNDELIVERED);

  private static final Plan.Reporting WITH_SMS =
      new Plan.Reporting(false, UnaryOperator.identity());

  private final SimulatorContext ctx;
  private final DecisionTelecomCallbacks callbacks = new DecisionTelecomCallbacks();
  private final AtomicLong ids = new AtomicLong(1000);

  public DecisionTelecomApi(SimulatorContext ctx) {
    this.ctx = ctx;
  }

  public CallbackFormat callbackFormat() {
    return callbacks;
  }

  public void register(RoutingHandler routes) {
    routes.post("/decisiontelecom/v1/api/send-viber", endpoint(this::send));
    routes.post("/decisiontelecom/v1/api/receive-viber", endpoint(this::receive));
  }

  private Endpoint endpoint(Endpoint.Operation operation) {
    return new Endpoint(DT, operation, this::faultReply, ctx.faults(), ctx.requests(), ctx.timer());
  }

  Reply faultReply(FaultKind kind) {
    return kind == FaultKind.RATE_LIMIT
        ? error(new ApiError("Too Many Requests", "Too many requests", 0, 429))
        : error(new ApiError("Internal Server Error", "Internal server error", 2, 500));
  }

  private Reply send(Request request) {
    DecisionTelecomAccount account =
        ctx.accounts().decisionTelecom(request.header("Authorization"));
    if (account == null) {
      return unauthorized();
    }
    JsonNode body = Json.tree(request.body());
    if (body == null || !body.isObject()) {
      return invalid("body");
    }
    String source = text(body, "source_addr");
    if (source == null || source.isEmpty() || source.length() > ADDR_MAX) {
      return invalid("source_addr");
    }
    JsonNode destinationNode = body.get("destination_addr");
    String destination = destinationNode == null ? null : destinationNode.asText();
    if (destination == null || !destination.matches("[1-9]\\d{9,14}")) {
      return invalid("destination_addr");
    }
    int type = body.path("message_type").asInt(-1);
    if (!MESSAGE_TYPES.contains(type)) {
      return invalid("message_type");
    }
    String text = text(body, "text");
    if (text == null || text.isEmpty() || text.length() > TEXT_MAX) {
      return invalid("text");
    }
    boolean rich = type == 108 || type == 208;
    String image = text(body, "image");
    if ((rich && image == null)
        || (image != null && !image.matches("(?i)https?://\\S+\\.(jpe?g|png)(\\?\\S*)?"))) {
      return invalid("image");
    }
    String caption = text(body, "button_caption");
    if ((rich && caption == null) || (caption != null && caption.length() > BUTTON_CAPTION_MAX)) {
      return invalid("button_caption");
    }
    String action = text(body, "button_action");
    if ((rich && action == null) || (action != null && !action.matches("(?i)https?://\\S+"))) {
      return invalid("button_action");
    }
    int sourceType = body.path("source_type").asInt(-1);
    if (sourceType != 1 && sourceType != 2) {
      return invalid("source_type");
    }
    String textSms = text(body, "text_sms");
    if (textSms != null) {
      int max = Sms.isGsm7(textSms) ? TEXT_SMS_LATIN_MAX : TEXT_SMS_UCS2_MAX;
      // the SMS fallback exists for transactional messages only
      if (sourceType != 2 || textSms.isEmpty() || Sms.units(textSms) > max) {
        return invalid("text_sms");
      }
    }
    JsonNode validity = body.get("validity_period");
    if (validity != null && !validity.isNull()) {
      int seconds = validity.asInt(-1);
      if (!validity.canConvertToInt()
          || seconds < VALIDITY_MIN
          || seconds > VALIDITY_MAX
          || (textSms != null && seconds != VALIDITY_WITH_SMS)) {
        return invalid("validity_period");
      }
    }
    String callbackUrl = text(body, "callback_url");
    if (callbackUrl != null && !callbackUrl.matches("(?i)https?://\\S+")) {
      return invalid("callback_url");
    }
    long id = ids.incrementAndGet();
    long now = System.currentTimeMillis();
    List<String> channels = textSms != null ? List.of("viber", "sms") : List.of("viber");
    boolean twoWay = type == 206 || type == 208;
    Plan.Reporting reporting = textSms != null ? WITH_SMS : VIBER_ONLY;
    Plan plan = Plan.draw(channels, ctx.outcomes().get(DT), reporting, false, twoWay, now);
    String header = request.header(OUR_ID_HEADER);
    String ourId = header != null && !header.isBlank() ? header : SendCounter.textId(text);
    SimMessage message =
        new SimMessage(
            DT,
            Long.toString(id),
            account.key(),
            destination,
            ourId,
            callbackUrl,
            null,
            now,
            plan,
            new DecisionTelecomCallbacks.Details(textSms != null, twoWay, id));
    ctx.accept(
        message, textSms == null ? Map.of("viber", text) : Map.of("viber", text, "sms", textSms));
    return Reply.json(new Sent(id));
  }

  private Reply receive(Request request) {
    DecisionTelecomAccount account =
        ctx.accounts().decisionTelecom(request.header("Authorization"));
    if (account == null) {
      return unauthorized();
    }
    JsonNode body = Json.tree(request.body());
    JsonNode id = body == null ? null : body.get("message_id");
    if (id == null || !id.canConvertToLong()) {
      return invalid("message_id");
    }
    SimMessage message = ctx.messages().get(DT, Long.toString(id.asLong()));
    long now = System.currentTimeMillis();
    if (message == null
        || !message.account().equals(account.key())
        || now - message.acceptedAt() > STATUS_QUERY_WINDOW_MS) {
      return invalid("message_id");
    }
    return Reply.json(DecisionTelecomCallbacks.status(message, now));
  }

  private Reply invalid(String parameter) {
    return error(new ApiError("Bad Request", "Invalid Parameter: " + parameter, 1, 400));
  }

  private Reply error(ApiError error) {
    return Reply.json(ctx.config().decisiontelecomErrorsHttp200() ? 200 : error.status(), error);
  }

  private static Reply unauthorized() {
    return Reply.json(401, new Unauthorized("Unauthorized", 401));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  record Sent(long messageId) {}

  record ApiError(String name, String message, int code, int status) {}

  record Unauthorized(String name, int status) {}
}
