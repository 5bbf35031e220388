package io.cascade.simulator.hyber;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.message.Sms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Hyber's request limits (FACTS.md, "Section 8"), checked the way the platform would refuse. */
final class HyberValidation {
  static final int MAX_RECIPIENTS = 50_000;
  static final int EXTRA_ID_MAX = 64;
  static final int CALLBACK_URL_MAX = 256;
  static final int TAG_MAX = 64;
  static final int DIVISION_CODE_MAX = 100;
  static final int TEXT_MAX = 1000;
  static final int SMS_GSM_MAX = 765;
  static final int SMS_UNICODE_MAX = 335;
  static final int ALPHA_NAME_MAX = 11;
  static final int CAPTION_MAX = 30;
  static final int URL_MAX = 256;
  static final int FILE_NAME_MAX = 25;
  static final int PUSH_TITLE_MAX = 20;

  /** Ours: the documents give no WhatsApp TTL range, only 604800 (7 days) in every example. */
  static final long WHATSAPP_TTL_MIN = 1;

  static final long WHATSAPP_TTL_MAX = 604_800;

  /**
   * FACTS.md says only "with an allowed extension" and the seeds name none: this is Viber's own
   * list for file messages, the one platform-ejb's HyberLimits checks too.
   */
  static final Set<String> VIBER_FILE_EXTENSIONS =
      Set.of(
          "doc", "docx", "rtf", "dot", "dotx", "odt", "odf", "fodt", "txt", "info", "pdf", "xps",
          "pdax", "eps", "xls", "xlsx", "ods", "fods", "csv", "xlsm", "xltx");

  static final Set<String> CHANNELS = Set.of("push", "viber", "sms", "whatsapp");
  private static final Pattern START_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2})?");

  private HyberValidation() {}

  /** A refused request or recipient. */
  static final class Invalid extends RuntimeException {
    final HyberError error;

    Invalid(HyberError error) {
      super(error.errorText(), null, false, false);
      this.error = error;
    }
  }

  /**
   * International number without "+", 10..15 digits, as a JSON number: FACTS.md types it "number"
   * and every seed example writes it unquoted, so a string is refused like a bad number.
   */
  static String phone(JsonNode node) {
    if (node == null || !node.isIntegralNumber()) {
      throw new Invalid(HyberError.phone());
    }
    String text = node.asText();
    if (text.length() < 10 || text.length() > 15 || text.charAt(0) == '0') {
      throw new Invalid(HyberError.phone());
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        throw new Invalid(HyberError.phone());
      }
    }
    return text;
  }

  static String extraId(JsonNode node) {
    String extraId = optionalText(node, "extra_id");
    if (extraId != null && extraId.length() > EXTRA_ID_MAX) {
      throw new Invalid(HyberError.invalid("extra_id"));
    }
    return extraId;
  }

  /** Checks the request-wide fields and returns the ordered channels. */
  static List<String> common(JsonNode root) {
    String callbackUrl = optionalText(root, "callback_url");
    if (callbackUrl != null
        && (callbackUrl.length() > CALLBACK_URL_MAX || !callbackUrl.matches("(?i)https?://.+"))) {
      throw new Invalid(HyberError.invalid("callback_url"));
    }
    maxLength(root, "tag", TAG_MAX);
    maxLength(root, "division_code", DIVISION_CODE_MAX);
    String startTime = optionalText(root, "start_time");
    if (startTime != null && !START_TIME.matcher(startTime).matches()) {
      throw new Invalid(HyberError.invalid("start_time"));
    }
    JsonNode channels = root.get("channels");
    if (channels == null || !channels.isArray() || channels.isEmpty()) {
      throw new Invalid(HyberError.missing("channels"));
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode c : channels) {
      String channel = c.asText();
      if (!CHANNELS.contains(channel) || !seen.add(channel)) {
        throw new Invalid(
            new HyberError(HyberError.INVALID_CHANNELS, "Channels incorrect: " + channel));
      }
      out.add(channel);
    }
    JsonNode options = root.get("channel_options");
    for (String channel : out) {
      if (options == null || !options.path(channel).isObject()) {
        throw new Invalid(HyberError.missing("channel_options." + channel));
      }
    }
    return out;
  }

  /**
   * One channel's options for one recipient. {@code text} is the effective text (the batch
   * message's own text, or the rendered option); {@code render} fills broadcast variables.
   */
  static void channel(String channel, JsonNode opts, String text, UnaryOperator<String> render) {
    String p = "channel_options." + channel + ".";
    bool(opts, "ctr", p);
    switch (channel) {
      case "viber" -> {
        lengthOf(text, TEXT_MAX, p + "text");
        if (text == null
            && !opts.hasNonNull("img")
            && !opts.hasNonNull("action")
            && !opts.hasNonNull("file_name")) {
          throw new Invalid(HyberError.missing(p + "text"));
        }
        range(opts, "ttl", 40, 86_400, p);
        String device = optionalText(opts, "device");
        if (device != null && !device.equals("all") && !device.equals("phone")) {
          throw new Invalid(HyberError.invalid(p + "device"));
        }
        lengthOf(rendered(opts, "caption", render), CAPTION_MAX, p + "caption");
        lengthOf(rendered(opts, "img", render), URL_MAX, p + "img");
        lengthOf(rendered(opts, "action", render), URL_MAX, p + "action");
        fileName(rendered(opts, "file_name", render), p + "file_name");
      }
      case "sms" -> {
        if (text == null || text.isEmpty()) {
          throw new Invalid(HyberError.missing(p + "text"));
        }
        lengthOf(text, Sms.isGsm7(text) ? SMS_GSM_MAX : SMS_UNICODE_MAX, p + "text");
        String alpha = rendered(opts, "alpha_name", render);
        if (alpha == null || alpha.isEmpty()) {
          throw new Invalid(HyberError.missing(p + "alpha_name"));
        }
        if (alpha.length() > ALPHA_NAME_MAX || !Sms.isGsm7(alpha)) {
          throw new Invalid(HyberError.invalid(p + "alpha_name"));
        }
        range(opts, "ttl", 300, 259_200, p);
      }
      case "whatsapp" -> {
        lengthOf(text, TEXT_MAX, p + "text");
        range(opts, "ttl", WHATSAPP_TTL_MIN, WHATSAPP_TTL_MAX, p);
        for (String url : List.of("img", "doc", "audio", "video")) {
          lengthOf(rendered(opts, url, render), URL_MAX, p + url);
        }
        decimalRange(opts, "latitude", -90, 90, p);
        decimalRange(opts, "longitude", -180, 180, p);
      }
      case "push" -> {
        if (text == null || text.isEmpty()) {
          throw new Invalid(HyberError.missing(p + "text"));
        }
        lengthOf(text, TEXT_MAX, p + "text");
        String title = rendered(opts, "title", render);
        if (title == null || title.isEmpty()) {
          throw new Invalid(HyberError.missing(p + "title"));
        }
        lengthOf(title, PUSH_TITLE_MAX, p + "title");
        range(opts, "ttl", 30, 86_400, p);
        lengthOf(rendered(opts, "img", render), URL_MAX, p + "img");
        lengthOf(rendered(opts, "action", render), URL_MAX, p + "action");
        lengthOf(rendered(opts, "caption", render), CAPTION_MAX, p + "caption");
      }
      default -> throw new Invalid(new HyberError(HyberError.INVALID_CHANNELS, channel));
    }
  }

  static String optionalText(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String rendered(JsonNode opts, String name, UnaryOperator<String> render) {
    String value = optionalText(opts, name);
    return value == null ? null : render.apply(value);
  }

  private static void maxLength(JsonNode node, String name, int max) {
    lengthOf(optionalText(node, name), max, name);
  }

  private static void lengthOf(String value, int max, String name) {
    if (value != null && value.length() > max) {
      throw new Invalid(HyberError.invalid(name));
    }
  }

  /** At most 25 characters, ending in one of {@link #VIBER_FILE_EXTENSIONS} (any case). */
  private static void fileName(String value, String name) {
    if (value == null) {
      return;
    }
    int dot = value.lastIndexOf('.');
    String extension = dot < 0 ? "" : value.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (value.length() > FILE_NAME_MAX || !VIBER_FILE_EXTENSIONS.contains(extension)) {
      throw new Invalid(HyberError.invalid(name));
    }
  }

  /** A JSON boolean when given: "false" in quotes is a string, and a string is not a flag. */
  private static void bool(JsonNode opts, String name, String prefix) {
    JsonNode value = opts.get(name);
    if (value != null && !value.isNull() && !value.isBoolean()) {
      throw new Invalid(HyberError.invalid(prefix + name));
    }
  }

  private static void range(JsonNode opts, String name, long min, long max, String prefix) {
    JsonNode value = opts.get(name);
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
      throw new Invalid(HyberError.invalid(prefix + name));
    }
  }

  private static void decimalRange(JsonNode opts, String name, double min, double max, String p) {
    String value = optionalText(opts, name);
    if (value == null) {
      return;
    }
    try {
      double d = Double.parseDouble(value);
      if (d < min || d > max) {
        throw new Invalid(HyberError.invalid(p + name));
      }
    } catch (NumberFormatException e) {
      throw new Invalid(HyberError.invalid(p + name));
    }
  }
}
