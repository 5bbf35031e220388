package io.cascade.provider.messaggio;

import static io.cascade.provider.messaggio.MessaggioLimits.*;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MissingVariableException;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.SendRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a send into Messaggio bulk forms. Messaggio has one text per request, so recipients whose
 * rendered texts are equal share a request (up to {@link MessaggioLimits#MAX_PHONES_PER_REQUEST}
 * phones, each phone once so that {@code msg_id} maps back by phone).
 *
 * <p>Cascades it can carry: Viber; Viber then SMS (the SMS text becomes {@code expiry_txt}, shown
 * after {@code dlr_timeout} = the Viber TTL); SMS alone.
 */
public final class MessaggioRequestBuilder {

  /** The values that differ per recipient; equal values share one request. */
  private record Rendered(String txt, String expiryTxt, String buttonText, String buttonLink) {}

  private final MessaggioConfig config;

  public MessaggioRequestBuilder(MessaggioConfig config) {
    this.config = config;
  }

  public List<LimitViolation> validate(SendRequest request) {
    List<LimitViolation> violations = new ArrayList<>();
    if (request.recipients().isEmpty()) {
      violations.add(LimitViolation.of("recipients", "recipients.none"));
    }
    List<Channel> channels = request.content().channels();
    if (!channels.equals(List.of(Channel.VIBER))
        && !channels.equals(List.of(Channel.VIBER, Channel.SMS))
        && !channels.equals(List.of(Channel.SMS))) {
      violations.add(LimitViolation.of("channels", "messaggio.channels", channels));
      return violations;
    }
    ViberContent viber = request.content().get(ViberContent.class).orElse(null);
    SmsContent sms = request.content().get(SmsContent.class).orElse(null);
    String from = from(viber, sms);
    // One "from" and one "txt" per request: Viber's when there is Viber, else the SMS's.
    String sender = viber != null ? "viber.sender" : "sms.sender";
    String text = viber != null ? "viber.text" : "sms.text";
    if (from == null) {
      violations.add(LimitViolation.of(sender, "messaggio.sender.missing"));
    } else if (from.length() > FROM_MAX) {
      violations.add(LimitViolation.of(sender, "messaggio.sender.length", FROM_MAX, from));
    }
    if (viber != null) {
      if (viber.file() != null || viber.video() != null) {
        violations.add(LimitViolation.of("viber", "messaggio.viber.media"));
      }
      if (viber.imageUrl() != null) {
        String imageId = request.uploadedMedia().get(viber.imageUrl());
        if (imageId == null) {
          violations.add(
              LimitViolation.of("viber.imageUrl", "messaggio.image.notUploaded", viber.imageUrl()));
        } else if (imageId.length() > IMAGE_ID_MAX) {
          violations.add(
              LimitViolation.of("viber.imageUrl", "messaggio.imageId.length", IMAGE_ID_MAX));
        }
      }
      if (viber.ttl() != null
          && (viber.ttl().seconds() < DLR_TIMEOUT_MIN || viber.ttl().seconds() > DLR_TIMEOUT_MAX)) {
        violations.add(
            LimitViolation.of(
                "viber.ttlSeconds",
                "messaggio.ttl",
                DLR_TIMEOUT_MIN,
                DLR_TIMEOUT_MAX,
                viber.ttl().seconds()));
      }
      if (!viber.hasText() && viber.imageUrl() == null) {
        violations.add(LimitViolation.of("viber.text", "messaggio.viber.empty"));
      }
    }
    for (Recipient r : request.recipients()) {
      try {
        Rendered v = render(r, viber, sms);
        check(violations, text, v.txt(), TXT_MAX, r);
        encodable(violations, text, v.txt(), r);
        encodable(violations, "sms.text", v.expiryTxt(), r);
        check(violations, "sms.text", v.expiryTxt(), TXT_MAX, r);
        check(violations, "viber.buttonCaption", v.buttonText(), BUTTON_TEXT_MAX, r);
        check(violations, "viber.buttonAction", v.buttonLink(), BUTTON_LINK_MAX, r);
      } catch (MissingVariableException e) {
        violations.add(
            new LimitViolation(
                "variables", LimitViolation.text("recipient.id", e.texts().get(0), r.messageId())));
      }
      if (violations.size() > 20) {
        break; // enough for a person to act on
      }
    }
    return violations;
  }

  /** Things that go out but will not look as designed; the UI shows them. */
  public List<LimitViolation> warnings(SendRequest request) {
    List<LimitViolation> warnings = new ArrayList<>();
    ViberContent viber = request.content().get(ViberContent.class).orElse(null);
    SmsContent sms = request.content().get(SmsContent.class).orElse(null);
    if (viber != null && (viber.buttonCaption() == null) != (viber.buttonAction() == null)) {
      warnings.add(
          viber.buttonCaption() == null
              ? LimitViolation.of("viber.buttonCaption", "messaggio.button.noCaption")
              : LimitViolation.of("viber.buttonAction", "messaggio.button.noLink"));
    }
    if (viber != null && sms != null) {
      if (viber.sender() != null && sms.sender() != null && !viber.sender().equals(sms.sender())) {
        warnings.add(
            LimitViolation.of("sms.sender", "messaggio.smsSender", viber.sender(), sms.sender()));
      }
    }
    if (sms != null && sms.ttl() != null) {
      warnings.add(LimitViolation.of("sms.ttlSeconds", "sms.ttl.unused", "Messaggio"));
    }
    return warnings;
  }

  /** Forms for a send that {@link #validate} passed. */
  public List<MessaggioRequest> build(SendRequest request) {
    ViberContent viber = request.content().get(ViberContent.class).orElse(null);
    SmsContent sms = request.content().get(SmsContent.class).orElse(null);
    Map<Rendered, List<Recipient>> groups = new LinkedHashMap<>();
    for (Recipient r : request.recipients()) {
      groups.computeIfAbsent(render(r, viber, sms), k -> new ArrayList<>()).add(r);
    }
    List<MessaggioRequest> requests = new ArrayList<>();
    groups.forEach(
        (rendered, recipients) -> {
          for (List<Recipient> part : splitUniquePhones(recipients)) {
            requests.add(new MessaggioRequest(part, form(request, viber, sms, rendered, part)));
          }
        });
    return requests;
  }

  private Map<String, List<String>> form(
      SendRequest request,
      ViberContent viber,
      SmsContent sms,
      Rendered rendered,
      List<Recipient> recipients) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    String from = from(viber, sms);
    List<String> phones = recipients.stream().map(r -> r.phone().digits()).toList();
    put(form, "sending_method", viber != null ? "viber" : "sms");
    put(form, "from", from);
    put(form, "user", config.login());
    put(form, "txt", rendered.txt());
    form.put("phone", phones);
    if (viber != null && viber.imageUrl() != null) {
      put(form, "image_id", request.uploadedMedia().get(viber.imageUrl()));
    }
    put(form, "button_text", rendered.buttonText());
    put(form, "button_link", rendered.buttonLink());
    if (recipients.size() == 1) {
      // With several phones one p_transaction_id cannot name each message; msg_id per phone does.
      put(form, "p_transaction_id", recipients.get(0).messageId());
    }
    put(form, "charset", config.charset() == null ? null : config.charset().declared());
    put(form, "dlr", "1");
    if (viber != null && viber.ttl() != null) {
      put(form, "dlr_timeout", String.valueOf(viber.ttl().seconds()));
    }
    put(form, "expiry_txt", rendered.expiryTxt());
    put(
        form,
        "sign",
        MessaggioSign.bulk(
            config.login(),
            from,
            phones,
            rendered.txt(),
            config.secretKey(),
            config.encoding().charset()));
    return form;
  }

  private static Rendered render(Recipient r, ViberContent viber, SmsContent sms) {
    if (viber == null) {
      return new Rendered(r.render(sms.text()), null, null, null);
    }
    return new Rendered(
        viber.hasText() ? r.render(viber.text()) : null,
        sms == null ? null : r.render(sms.text()),
        r.render(viber.buttonCaption()),
        r.render(viber.buttonAction()));
  }

  private static String from(ViberContent viber, SmsContent sms) {
    if (viber != null) {
      return viber.sender() == null ? null : viber.sender().value();
    }
    return sms == null || sms.sender() == null ? null : sms.sender().value();
  }

  /** Chunks of at most the phone limit, with no phone twice in one chunk. */
  static List<List<Recipient>> splitUniquePhones(List<Recipient> recipients) {
    List<List<Recipient>> parts = new ArrayList<>();
    List<Set<String>> phones = new ArrayList<>();
    for (Recipient r : recipients) {
      int i = 0;
      while (i < parts.size()
          && (parts.get(i).size() >= MAX_PHONES_PER_REQUEST
              || phones.get(i).contains(r.phone().digits()))) {
        i++;
      }
      if (i == parts.size()) {
        parts.add(new ArrayList<>());
        phones.add(new HashSet<>());
      }
      parts.get(i).add(r);
      phones.get(i).add(r.phone().digits());
    }
    return parts;
  }

  private static void check(
      List<LimitViolation> violations, String field, String value, int max, Recipient r) {
    if (value != null && value.length() > max) {
      violations.add(
          new LimitViolation(
              field,
              LimitViolation.text(
                  "recipient",
                  LimitViolation.text("length", LimitViolation.label(field), max, value.length()),
                  r.messageId())));
    }
  }

  private void encodable(List<LimitViolation> violations, String field, String value, Recipient r) {
    if (!config.encoding().canEncode(value)) {
      violations.add(
          new LimitViolation(
              field,
              LimitViolation.text(
                  "recipient",
                  LimitViolation.text(
                      "messaggio.charset",
                      LimitViolation.label(field),
                      config.encoding().declared()),
                  r.messageId())));
    }
  }

  private static void put(Map<String, List<String>> form, String name, String value) {
    if (value != null) {
      form.put(name, List.of(value));
    }
  }
}
