package io.cascade.provider.decisiontelecom;

import static io.cascade.provider.decisiontelecom.DecisionTelecomLimits.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.SmsEncoding;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MissingVariableException;
import io.cascade.domain.message.Recipient;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.ProviderJson;
import io.cascade.provider.SendRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the one-message JSON body of {@code send-viber} and checks seed 003's rules. */
public final class DecisionTelecomRequestBuilder {

  public static final int TYPE_TEXT = 106;
  public static final int TYPE_TEXT_IMAGE_BUTTON = 108;
  public static final int TYPE_TEXT_TWO_WAY = 206;
  public static final int TYPE_TEXT_IMAGE_BUTTON_TWO_WAY = 208;
  public static final int SOURCE_PROMOTIONAL = 1;
  public static final int SOURCE_TRANSACTIONAL = 2;

  private DecisionTelecomRequestBuilder() {}

  /** 106/108 by content (anything beyond text is 108), 2xx when a reply is expected. */
  public static int messageType(ViberContent viber) {
    boolean rich =
        viber.imageUrl() != null || viber.buttonCaption() != null || viber.buttonAction() != null;
    if (viber.replyExpected()) {
      return rich ? TYPE_TEXT_IMAGE_BUTTON_TWO_WAY : TYPE_TEXT_TWO_WAY;
    }
    return rich ? TYPE_TEXT_IMAGE_BUTTON : TYPE_TEXT;
  }

  public static int sourceType(ViberContent viber) {
    return viber.effectiveCategory() == ViberCategory.TRANSACTIONAL
        ? SOURCE_TRANSACTIONAL
        : SOURCE_PROMOTIONAL;
  }

  public static ObjectNode body(SendRequest request, Recipient recipient) {
    ViberContent viber = request.content().get(ViberContent.class).orElseThrow();
    SmsContent sms = request.content().get(SmsContent.class).orElse(null);
    ObjectNode body = ProviderJson.MAPPER.createObjectNode();
    body.put("source_addr", viber.sender().value());
    // The document sends the number as a JSON number, international without "+".
    body.put("destination_addr", Long.parseLong(recipient.phone().digits()));
    body.put("message_type", messageType(viber));
    body.put("text", recipient.render(viber.text()));
    if (sms != null) {
      body.put("text_sms", recipient.render(sms.text()));
    }
    putText(body, "image", recipient.render(viber.imageUrl()));
    putText(body, "button_caption", recipient.render(viber.buttonCaption()));
    putText(body, "button_action", recipient.render(viber.buttonAction()));
    body.put("source_type", sourceType(viber));
    URI callback = request.callbackUrl();
    if (callback != null) {
      body.put("callback_url", callback.toString());
    }
    Integer validity = validityPeriod(viber, sms);
    if (validity != null) {
      body.put("validity_period", validity);
    }
    return body;
  }

  /**
   * The Viber TTL; with SMS fallback 40 s whether or not a TTL was set (the only value allowed).
   */
  static Integer validityPeriod(ViberContent viber, SmsContent sms) {
    if (sms != null) {
      return VALIDITY_PERIOD_WITH_SMS;
    }
    return viber.ttl() == null ? null : viber.ttl().seconds();
  }

  public static List<LimitViolation> validate(SendRequest request) {
    List<LimitViolation> v = new ArrayList<>();
    if (request.recipients().isEmpty()) {
      v.add(LimitViolation.of("recipients", "recipients.none"));
    }
    List<Channel> channels = request.content().channels();
    if (!channels.equals(List.of(Channel.VIBER))
        && !channels.equals(List.of(Channel.VIBER, Channel.SMS))) {
      v.add(LimitViolation.of("channels", "decisiontelecom.channels", channels));
      return v;
    }
    ViberContent viber = request.content().get(ViberContent.class).orElseThrow();
    SmsContent sms = request.content().get(SmsContent.class).orElse(null);
    boolean transactional = viber.effectiveCategory() == ViberCategory.TRANSACTIONAL;
    if (viber.sender() == null) {
      v.add(LimitViolation.of("viber.sender", "decisiontelecom.sender.missing"));
    }
    if (!viber.hasText()) {
      v.add(LimitViolation.of("viber.text", "decisiontelecom.text.missing"));
    }
    if (viber.file() != null || viber.video() != null) {
      v.add(LimitViolation.of("viber", "decisiontelecom.viber.media"));
    }
    // Seed 003: type 108/208 is "text+image+button", and the image is "for promotional message
    // with button caption and button action": the three go together, never one alone.
    boolean image = viber.imageUrl() != null;
    boolean button = viber.buttonCaption() != null && viber.buttonAction() != null;
    if ((image || viber.buttonCaption() != null || viber.buttonAction() != null)
        && !(image && button)) {
      v.add(
          LimitViolation.of(
              "viber",
              image ? "decisiontelecom.picture.noButton" : "decisiontelecom.picture.noImage"));
    }
    if (transactional
        && (viber.imageUrl() != null
            || viber.buttonCaption() != null
            || viber.buttonAction() != null)) {
      v.add(LimitViolation.of("viber.category", "decisiontelecom.transactional"));
    }
    if (sms != null && !transactional) {
      v.add(LimitViolation.of("sms", "decisiontelecom.smsFallback"));
    }
    if (viber.ttl() != null) {
      int ttl = viber.ttl().seconds();
      if (sms != null && ttl != VALIDITY_PERIOD_WITH_SMS) {
        v.add(
            LimitViolation.of(
                "viber.ttlSeconds", "decisiontelecom.ttl.withSms", VALIDITY_PERIOD_WITH_SMS, ttl));
      } else if (ttl < VALIDITY_PERIOD_MIN || ttl > VALIDITY_PERIOD_MAX) {
        v.add(
            LimitViolation.of(
                "viber.ttlSeconds",
                "decisiontelecom.ttl",
                VALIDITY_PERIOD_MIN,
                VALIDITY_PERIOD_MAX,
                ttl));
      }
    }
    for (Recipient r : request.recipients()) {
      try {
        perRecipient(v, viber, sms, r);
      } catch (MissingVariableException e) {
        v.add(
            new LimitViolation(
                "variables", LimitViolation.text("recipient.id", e.texts().get(0), r.messageId())));
      }
      if (v.size() > 20) {
        break; // enough for a person to act on
      }
    }
    return v;
  }

  /** An SMS TTL is not sent: with the fallback the Viber validity period decides. */
  public static List<LimitViolation> warnings(SendRequest request) {
    return request
        .content()
        .get(SmsContent.class)
        .filter(s -> s.ttl() != null)
        .map(s -> List.of(LimitViolation.of("sms.ttlSeconds", "sms.ttl.unused", "DecisionTelecom")))
        .orElse(List.of());
  }

  private static void perRecipient(
      List<LimitViolation> v, ViberContent viber, SmsContent sms, Recipient r) {
    if (viber.sender() != null && viber.sender().value().length() > SOURCE_ADDR_MAX) {
      v.add(LimitViolation.of("viber.sender", "decisiontelecom.sender.length", SOURCE_ADDR_MAX));
    }
    String text = r.render(viber.text());
    if (text != null && text.length() > TEXT_MAX) {
      v.add(
          forRecipient(
              "viber.text",
              LimitViolation.text("decisiontelecom.text.length", TEXT_MAX, text.length()),
              r));
    }
    String caption = r.render(viber.buttonCaption());
    if (caption != null && caption.length() > BUTTON_CAPTION_MAX) {
      v.add(
          forRecipient(
              "viber.buttonCaption",
              LimitViolation.text("decisiontelecom.caption.length", BUTTON_CAPTION_MAX),
              r));
    }
    String image = r.render(viber.imageUrl());
    if (image != null && !IMAGE_EXTENSIONS.contains(extension(image))) {
      v.add(
          LimitViolation.of(
              "viber.imageUrl", "decisiontelecom.image.type", IMAGE_MAX_PIXELS, image));
    }
    if (sms != null) {
      String smsText = r.render(sms.text());
      boolean ucs2 = SmsEncoding.of(smsText) == SmsEncoding.UCS2;
      int max = ucs2 ? TEXT_SMS_MAX_UCS2 : TEXT_SMS_MAX_LATIN;
      if (smsText.length() > max) {
        v.add(
            forRecipient(
                "sms.text",
                LimitViolation.text(
                    ucs2 ? "decisiontelecom.sms.length.ucs2" : "decisiontelecom.sms.length.latin",
                    max,
                    smsText.length()),
                r));
      }
    }
  }

  private static LimitViolation forRecipient(String field, LocalizedText problem, Recipient r) {
    return new LimitViolation(field, LimitViolation.text("recipient", problem, r.messageId()));
  }

  /** Lower-case extension of a URL's path, ignoring query and fragment. */
  static String extension(String url) {
    String path = url;
    int cut = path.indexOf('?');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    cut = path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
