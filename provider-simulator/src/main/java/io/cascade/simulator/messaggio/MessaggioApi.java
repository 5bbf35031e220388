package io.cascade.simulator.messaggio;

import io.cascade.simulator.Provider;
import io.cascade.simulator.SimulatorContext;
import io.cascade.simulator.account.MessaggioAccount;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.fault.FaultKind;
import io.cascade.simulator.http.Endpoint;
import io.cascade.simulator.http.Forms;
import io.cascade.simulator.http.Multipart;
import io.cascade.simulator.http.Reply;
import io.cascade.simulator.http.Request;
import io.cascade.simulator.message.Ids;
import io.cascade.simulator.message.Outcome;
import io.cascade.simulator.message.Outcomes;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;
import io.undertow.server.RoutingHandler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Messaggio endpoints under {@code /messaggio}: {@code bulk/} (POST form or GET query) and
 * {@code media/upload/} (multipart). Every bulk answer is HTTP 200 with an XML {@code code}, as the
 * seed shows; a negative code is an error, -2, -4 and -6 worth repeating.
 */
public final class MessaggioApi {
  static final int FROM_MAX = 11;
  static final int TXT_MAX = 2048;
  static final int IMAGE_ID_MAX = 64;
  static final int BUTTON_TEXT_MAX = 30;
  static final int BUTTON_LINK_MAX = 2048;
  static final int DLR_TIMEOUT_MIN = 60;
  static final int DLR_TIMEOUT_MAX = 86_400;
  static final int DELAY_MAX_MINUTES = 10_080;
  static final int IMAGE_MAX_BYTES = 20 * 1024 * 1024;
  private static final int IMAGES_KEPT = 100_000;
  private static final Provider MESSAGGIO = Provider.MESSAGGIO;

  /**
   * With {@code expiry_txt} the one delivery report after a failed SMS fallback says {@code
   * undelivered} with {@code VIBER_EXPIRED}, whether the SMS was undelivered or expired: such a
   * failure is decided as expired, which is how that report reads.
   */
  private static final Plan.Reporting AFTER_SMS_FALLBACK =
      new Plan.Reporting(true, failure -> Outcome.EXPIRED);

  private final SimulatorContext ctx;
  private final MessaggioCallbacks callbacks;
  private final Set<String> images = ConcurrentHashMap.newKeySet();

  public MessaggioApi(SimulatorContext ctx) {
    this.ctx = ctx;
    this.callbacks = new MessaggioCallbacks(ctx.accounts());
  }

  public CallbackFormat callbackFormat() {
    return callbacks;
  }

  public void register(RoutingHandler routes) {
    Endpoint bulk = endpoint(this::bulk, MessaggioApi::faultReply);
    for (String path : List.of("/messaggio/bulk", "/messaggio/bulk/")) {
      routes.post(path, bulk);
      routes.get(path, bulk);
    }
    Endpoint upload =
        endpoint(this::upload, kind -> Reply.text(503, "Service temporarily unavailable"));
    routes.post("/messaggio/media/upload", upload);
    routes.post("/messaggio/media/upload/", upload);
  }

  private Endpoint endpoint(
      Endpoint.Operation operation, java.util.function.Function<FaultKind, Reply> faults) {
    return new Endpoint(MESSAGGIO, operation, faults, ctx.faults(), ctx.requests(), ctx.timer());
  }

  static Reply faultReply(FaultKind kind) {
    return kind == FaultKind.RATE_LIMIT
        ? code(-6, "BANDWIDTH LIMIT EXCEEDED")
        : code(-4, "TEMPORARY TECHNICAL ERROR");
  }

  private Reply bulk(Request request) {
    List<String[]> raw = new ArrayList<>(Forms.pairs(request.query()));
    String contentType = request.header("Content-Type");
    if (request.method().equals("POST")
        && (contentType == null
            || contentType
                .toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded"))) {
      raw.addAll(Forms.pairs(new String(request.body(), StandardCharsets.ISO_8859_1)));
    }
    Charset charset = StandardCharsets.UTF_8;
    for (String[] pair : raw) {
      if (pair[0].equals("charset")) {
        charset = charset(Forms.decode(pair[1], StandardCharsets.UTF_8));
        if (charset == null) {
          return paramError("charset");
        }
      }
    }
    Map<String, List<String>> params = Forms.decode(raw, charset);
    String method = first(params, "sending_method");
    String from = first(params, "from");
    String user = first(params, "user");
    String txt = first(params, "txt");
    String imageId = first(params, "image_id");
    String sign = first(params, "sign");
    List<String> phones = params.getOrDefault("phone", List.of());
    if (!"viber".equals(method) && !"sms".equals(method)) {
      return paramError("sending_method");
    }
    if (from == null || from.isEmpty() || from.length() > FROM_MAX) {
      return paramError("from");
    }
    if (user == null || user.isEmpty()) {
      return paramError("user");
    }
    if (phones.isEmpty() || phones.size() > ctx.config().messaggioMaxPhones()) {
      return paramError("phone");
    }
    for (String phone : phones) {
      if (!phone.matches("[1-9]\\d{9,14}")) {
        return paramError("phone");
      }
    }
    if (sign == null || sign.isEmpty()) {
      return paramError("sign");
    }
    MessaggioAccount account = ctx.accounts().messaggio(user);
    if (account == null) {
      return code(-2, "AUTH ERROR (user)");
    }
    // seed 004 section 1.3: user, from, every phone in the order sent, txt, secret key
    String signed =
        user + from + String.join("", phones) + (txt == null ? "" : txt) + account.secret();
    if (!Md5.hex(signed, charset).equalsIgnoreCase(sign.trim())) {
      return code(-2, "AUTH ERROR (sign)");
    }
    Reply invalid = validateContent(method, params, txt, imageId);
    if (invalid != null) {
      return invalid;
    }
    if (!ctx.accounts().chargeMessaggio(user, phones.size())) {
      return code(-5, "BALANCE EXHAUSTED");
    }
    boolean dlr = "1".equals(first(params, "dlr"));
    String transactionId = first(params, "p_transaction_id");
    List<String> channels =
        method.equals("sms")
            ? List.of("sms")
            : first(params, "expiry_txt") != null ? List.of("viber", "sms") : List.of("viber");
    Outcomes outcomes = ctx.outcomes().get(MESSAGGIO);
    Plan.Reporting reporting = channels.size() > 1 ? AFTER_SMS_FALLBACK : Plan.Reporting.FULL;
    MessaggioCallbacks.Details details = new MessaggioCallbacks.Details(method, dlr);
    StringBuilder xml = new StringBuilder(128 + phones.size() * 80);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n")
        .append("  <code>0</code>\n  <tech_message>OK</tech_message>\n");
    long now = System.currentTimeMillis();
    for (String phone : phones) {
      Plan plan = Plan.draw(channels, outcomes, reporting, false, method.equals("viber"), now);
      SimMessage message =
          new SimMessage(
              MESSAGGIO, Ids.uuid(), user, phone, transactionId, null, null, now, plan, details);
      ctx.accept(message, txt == null ? Map.of() : Map.of(method, txt));
      if (dlr) {
        xml.append("  <msg_id phone=\"")
            .append(phone)
            .append("\">")
            .append(message.messageId())
            .append("</msg_id>\n");
      }
    }
    return Reply.xml(xml.append("</response>\n").toString());
  }

  private Reply validateContent(
      String method, Map<String, List<String>> params, String txt, String imageId) {
    if (txt == null && (imageId == null || method.equals("sms"))) {
      return paramError("txt");
    }
    if (txt != null && (txt.isEmpty() || txt.length() > TXT_MAX)) {
      return paramError("txt");
    }
    if (imageId != null) {
      if (method.equals("sms")) {
        return code(-3, "REQUEST DENIED (image_id is for viber only)");
      }
      if (imageId.length() > IMAGE_ID_MAX || !images.contains(imageId)) {
        return paramError("image_id");
      }
    }
    String buttonText = first(params, "button_text");
    if (buttonText != null && buttonText.length() > BUTTON_TEXT_MAX) {
      return paramError("button_text");
    }
    String buttonLink = first(params, "button_link");
    if (buttonLink != null
        && (buttonLink.length() > BUTTON_LINK_MAX || !buttonLink.matches("(?i)https?://.+"))) {
      return paramError("button_link");
    }
    String dlr = first(params, "dlr");
    if (dlr != null && !dlr.equals("0") && !dlr.equals("1")) {
      return paramError("dlr");
    }
    if (!inRange(first(params, "dlr_timeout"), DLR_TIMEOUT_MIN, DLR_TIMEOUT_MAX)) {
      return paramError("dlr_timeout");
    }
    if (!inRange(first(params, "delay"), 0, DELAY_MAX_MINUTES)) {
      return paramError("delay");
    }
    String expiry = first(params, "expiry_txt");
    if (expiry != null && (expiry.isEmpty() || expiry.length() > TXT_MAX)) {
      return paramError("expiry_txt");
    }
    return null;
  }

  private Reply upload(Request request) {
    Map<String, Multipart.Part> parts =
        Multipart.parse(request.header("Content-Type"), request.body());
    Multipart.Part login = parts.get("login");
    Multipart.Part image = parts.get("image");
    Multipart.Part sign = parts.get("sign");
    if (login == null || image == null || sign == null || image.content().length == 0) {
      return Reply.json(new UploadFailed(1, "The data is not correct"));
    }
    MessaggioAccount account = ctx.accounts().messaggio(login.text().trim());
    // seed 004 section 3: sign = md5(login + md5(binary_image_file) + secret_key); its example
    // (onvUser03806EA9F48D2A9196C1CEAAED832EC64GD2dh5FAa032) writes the file's MD5 in upper case
    String expected =
        account == null
            ? null
            : Md5.hex(
                account.user()
                    + Md5.hex(image.content()).toUpperCase(Locale.ROOT)
                    + account.secret(),
                StandardCharsets.UTF_8);
    if (expected == null || !expected.equalsIgnoreCase(sign.text().trim())) {
      return Reply.json(new UploadFailed(2, "Invalid sign"));
    }
    if (image.content().length > IMAGE_MAX_BYTES) {
      return Reply.json(new UploadFailed(3, "The size of image is too big"));
    }
    if (!isImage(image.content())) {
      return Reply.json(new UploadFailed(4, "Invalid file format. Valid formats: JPG, GIF, PNG"));
    }
    String imageId = imageId();
    if (images.size() < IMAGES_KEPT) {
      images.add(imageId);
    }
    return Reply.json(new Uploaded(0, imageId));
  }

  /** JPG, PNG or GIF by their magic numbers, not by the file name. */
  static boolean isImage(byte[] data) {
    if (data.length >= 3
        && (data[0] & 0xFF) == 0xFF
        && (data[1] & 0xFF) == 0xD8
        && (data[2] & 0xFF) == 0xFF) {
      return true;
    }
    if (data.length >= 8
        && (data[0] & 0xFF) == 0x89
        && data[1] == 'P'
        && data[2] == 'N'
        && data[3] == 'G') {
      return true;
    }
    return data.length >= 6 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F' && data[3] == '8';
  }

  private static String imageId() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder id = new StringBuilder(64);
    for (int i = 0; i < 64; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  private static Charset charset(String name) {
    return switch (name.trim().toUpperCase(Locale.ROOT)) {
      case "UTF8", "UTF-8" -> StandardCharsets.UTF_8;
      case "UTF-16BE", "UCS-2" -> StandardCharsets.UTF_16BE;
      case "CP1251" -> Charset.forName("windows-1251");
      default -> null;
    };
  }

  private static boolean inRange(String value, long min, long max) {
    if (value == null) {
      return true;
    }
    try {
      long n = Long.parseLong(value.trim());
      return n >= min && n <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Reply paramError(String name) {
    return code(-1, "PARAM ERROR (" + name + ")");
  }

  static Reply code(int code, String techMessage) {
    return Reply.xml(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n  <code>"
            + code
            + "</code>\n  <tech_message>"
            + techMessage.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            + "</tech_message>\n</response>\n");
  }

  record Uploaded(int status, String imageId) {}

  record UploadFailed(int status, String error) {}
}
