package io.cascade.provider.hyber;

import static io.cascade.provider.hyber.HyberLimits.*;

import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.PushContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.SmsEncoding;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.channel.WhatsAppContent;
import io.cascade.domain.message.MissingVariableException;
import io.cascade.domain.message.Recipient;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.SendRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a send against {@link HyberLimits} before anything is sent. Texts with placeholders are
 * checked as each recipient will receive them; each broken rule is reported once, naming the first
 * recipient and how many more break it.
 */
public final class HyberValidator {

  /** Marks the SMS text rule, whose limit depends on the alphabet the rendered text needs. */
  private static final int SMS_BY_ALPHABET = -1;

  private HyberValidator() {}

  /** A length limit on one option, checked on the rendered value. */
  private record LengthRule(String field, String template, int max) {}

  public static List<LimitViolation> validate(SendRequest request, String divisionCode) {
    List<LimitViolation> violations = new ArrayList<>();
    if (request.recipients().isEmpty()) {
      violations.add(LimitViolation.of("recipients", "recipients.none"));
    }
    max(violations, "callback_url", str(request.callbackUrl()), CALLBACK_URL_MAX);
    max(violations, "tag", request.campaignTag(), TAG_MAX);
    max(violations, "division_code", divisionCode, DIVISION_CODE_MAX);
    duplicates(violations, request.recipients());
    Set<String> names = new TreeSet<>(request.content().variableNames());
    request.recipients().forEach(r -> names.addAll(r.variables().keySet()));
    for (String name : names) {
      if (HyberRequestBuilder.RESERVED_RECIPIENT_FIELDS.contains(name)) {
        violations.add(LimitViolation.of("variables." + name, "hyber.variable.reserved", name));
      }
    }
    List<LengthRule> rules = new ArrayList<>();
    for (ChannelContent content : request.content().cascade()) {
      String ch = HyberRequestBuilder.channelName(content.channel());
      if (content instanceof ViberContent v) {
        ttl(violations, ch, v.ttl(), VIBER_TTL_MIN, VIBER_TTL_MAX);
        rules.add(new LengthRule("viber.text", v.text(), VIBER_TEXT_MAX));
        rules.add(new LengthRule("viber.imageUrl", v.imageUrl(), VIBER_URL_MAX));
        rules.add(new LengthRule("viber.buttonCaption", v.buttonCaption(), VIBER_CAPTION_MAX));
        rules.add(new LengthRule("viber.buttonAction", v.buttonAction(), VIBER_ACTION_MAX));
        if (v.file() != null) {
          rules.add(new LengthRule("viber.fileName", v.file().name(), VIBER_FILE_NAME_MAX));
          rules.add(new LengthRule("viber.fileUrl", v.file().url(), VIBER_ACTION_MAX));
        }
        if (v.video() != null) {
          rules.add(
              new LengthRule("viber.videoThumbnailUrl", v.video().thumbnailUrl(), VIBER_URL_MAX));
          rules.add(new LengthRule("viber.videoUrl", v.video().url(), VIBER_ACTION_MAX));
        }
      } else if (content instanceof SmsContent s) {
        ttl(violations, ch, s.ttl(), SMS_TTL_MIN, SMS_TTL_MAX);
        rules.add(new LengthRule("sms.text", s.text(), SMS_BY_ALPHABET));
        if (s.sender() == null) {
          violations.add(LimitViolation.of("sms.sender", "hyber.sms.sender.missing"));
        } else {
          String alpha = s.sender().value();
          if (alpha.length() > SMS_ALPHA_NAME_MAX || SmsEncoding.of(alpha) != SmsEncoding.GSM7) {
            violations.add(
                LimitViolation.of(
                    "sms.sender", "hyber.sms.sender.gsm7", SMS_ALPHA_NAME_MAX, alpha));
          }
        }
      } else if (content instanceof WhatsAppContent w) {
        rules.add(new LengthRule("whatsapp.text", w.text(), WHATSAPP_TEXT_MAX));
        rules.add(new LengthRule("whatsapp.imageUrl", w.imageUrl(), WHATSAPP_URL_MAX));
        rules.add(new LengthRule("whatsapp.documentUrl", w.documentUrl(), WHATSAPP_URL_MAX));
        rules.add(new LengthRule("whatsapp.audioUrl", w.audioUrl(), WHATSAPP_URL_MAX));
        rules.add(new LengthRule("whatsapp.videoUrl", w.videoUrl(), WHATSAPP_URL_MAX));
        rules.add(new LengthRule("whatsapp.imageName", w.imageName(), WHATSAPP_NAME_MAX));
        rules.add(new LengthRule("whatsapp.documentName", w.documentName(), WHATSAPP_NAME_MAX));
        rules.add(new LengthRule("whatsapp.videoName", w.videoName(), WHATSAPP_NAME_MAX));
      } else if (content instanceof PushContent p) {
        ttl(violations, ch, p.ttl(), PUSH_TTL_MIN, PUSH_TTL_MAX);
        rules.add(new LengthRule("push.text", p.text(), PUSH_TEXT_MAX));
        rules.add(new LengthRule("push.title", p.title(), PUSH_TITLE_MAX));
        rules.add(new LengthRule("push.imageUrl", p.imageUrl(), PUSH_URL_MAX));
        rules.add(new LengthRule("push.buttonCaption", p.buttonCaption(), PUSH_CAPTION_MAX));
        rules.add(new LengthRule("push.buttonAction", p.buttonAction(), PUSH_URL_MAX));
      }
    }
    rendered(violations, request, rules);
    // A caption without a link would be sent as a button that opens nothing (and the reverse).
    request
        .content()
        .get(ViberContent.class)
        .filter(v -> v.video() == null)
        .ifPresent(
            v ->
                violations.addAll(
                    LimitViolation.halfButton("viber", v.buttonCaption(), v.buttonAction())));
    request
        .content()
        .get(PushContent.class)
        .ifPresent(
            p ->
                violations.addAll(
                    LimitViolation.halfButton("push", p.buttonCaption(), p.buttonAction())));
    return violations;
  }

  private static void rendered(
      List<LimitViolation> violations, SendRequest request, List<LengthRule> rules) {
    Map<String, LocalizedText> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    // Without placeholders every recipient gets the same values: one check is enough.
    List<Recipient> recipients =
        request.content().hasPlaceholders()
            ? request.recipients()
            : request.recipients().stream().limit(1).toList();
    for (Recipient recipient : recipients) {
      for (LengthRule rule : rules) {
        if (rule.template() == null) {
          continue;
        }
        LocalizedText problem;
        String key = rule.field();
        try {
          String value = recipient.render(rule.template());
          problem = lengthProblem(rule.field(), value, rule.max());
          if (problem == null && rule.field().equals("viber.fileName")) {
            problem = extensionProblem(value);
          }
        } catch (MissingVariableException e) {
          problem = e.texts().get(0);
          key = "variables";
        }
        if (problem != null) {
          first.putIfAbsent(key, LimitViolation.text("recipient", problem, recipient.messageId()));
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
    first.forEach(
        (field, problem) -> {
          int more = counts.get(field) - 1;
          violations.add(
              new LimitViolation(
                  field,
                  more > 0 ? LimitViolation.text("recipient.more", problem, more) : problem));
        });
  }

  private static LocalizedText lengthProblem(String field, String value, int max) {
    Object subject = LimitViolation.label(field);
    if (max == SMS_BY_ALPHABET) {
      boolean ucs2 = SmsEncoding.of(value) == SmsEncoding.UCS2;
      max = ucs2 ? SMS_TEXT_MAX_UCS2 : SMS_TEXT_MAX_GSM7;
      subject = LimitViolation.text(ucs2 ? "hyber.sms.ucs2" : "hyber.sms.gsm7", subject);
    }
    if (value.length() > max) {
      return LimitViolation.text("length", subject, max, value.length());
    }
    return null;
  }

  private static LocalizedText extensionProblem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!VIBER_FILE_EXTENSIONS.contains(extension)) {
      return LimitViolation.text("hyber.file.type", extension, fileName);
    }
    return null;
  }

  private static void ttl(
      List<LimitViolation> violations, String channel, Ttl ttl, int min, int max) {
    if (ttl != null && (ttl.seconds() < min || ttl.seconds() > max)) {
      violations.add(
          LimitViolation.of(
              channel + ".ttlSeconds", "hyber.ttl", channel, min, max, ttl.seconds()));
    }
  }

  private static void duplicates(List<LimitViolation> violations, List<Recipient> recipients) {
    Set<String> ids = new HashSet<>();
    for (Recipient recipient : recipients) {
      if (!ids.add(recipient.messageId())) {
        violations.add(
            LimitViolation.of(
                "recipients.extra_id", "hyber.messageId.twice", recipient.messageId()));
        return;
      }
    }
  }

  private static void max(List<LimitViolation> violations, String field, String value, int max) {
    if (value != null && value.length() > max) {
      violations.add(LimitViolation.of(field, "length", field, max, value.length()));
    }
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }
}
