package io.cascade.provider.decisiontelecom;

import static io.cascade.provider.decisiontelecom.DecisionTelecomLimits.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.channel.Channel;
import io.cascade.channel.SmsContent;
import io.cascade.channel.SmsEncoding;
import io.cascade.channel.ViberCategory;
import io.cascade.channel.ViberContent;
import io.cascade.message.MissingVariableException;
import io.cascade.message.Recipient;
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
      v.add(new LimitViolation("recipients", "There is nobody to send to"));
    }
    List<Channel> channels = request.content().channels();
    if (!channels.equals(List.of(Channel.VIBER))
        && !channels.equals(List.of(Channel.VIBER, Channel.SMS))) {
      v.add(
          new LimitViolation(
              "channels", "DecisionTelecom sends Viber, or Viber then SMS; not " + channels));
      return v;
    }
    ViberContent viber = request.content().get(ViberContent.class).orElseThrow();
    SmsContent sms = request.content().get(SmsContent.class).orElse(null);
    boolean transactional = viber.effectiveCategory() == ViberCategory.TRANSACTIONAL;
    if (viber.sender() == null) {
      v.add(
          new LimitViolation("viber.sender", "DecisionTelecom needs a sender name (source_addr)"));
    }
    if (!viber.hasText()) {
      v.add(new LimitViolation("viber.text", "DecisionTelecom needs a Viber text"));
    }
    if (viber.file() != null || viber.video() != null) {
      v.add(new LimitViolation("viber", "DecisionTelecom sends no Viber files or videos"));
    }
    // Seed 003: type 108/208 is "text+image+button", and the image is "for promotional message
    // with button caption and button action": the three go together, never one alone.
    boolean image = viber.imageUrl() != null;
    boolean button = viber.buttonCaption() != null && viber.buttonAction() != null;
    if ((image || viber.buttonCaption() != null || viber.buttonAction() != null)
        && !(image && button)) {
      v.add(
          new LimitViolation(
              "viber",
              "A DecisionTelecom picture message carries text, image and button (caption and"
                  + " link) together: add the missing "
                  + (image ? "button" : "image")
                  + " or remove the rest"));
    }
    if (transactional
        && (viber.imageUrl() != null
            || viber.buttonCaption() != null
            || viber.buttonAction() != null)) {
      v.add(
          new LimitViolation(
              "viber.category",
              "A transactional Viber message is text only: remove the image and button or make it"
                  + " promotional"));
    }
    if (sms != null && !transactional) {
      v.add(
          new LimitViolation(
              "sms", "SMS fallback is only for transactional (text-only) Viber messages"));
    }
    if (viber.ttl() != null) {
      int ttl = viber.ttl().seconds();
      if (sms != null && ttl != VALIDITY_PERIOD_WITH_SMS) {
        v.add(
            new LimitViolation(
                "viber.ttl",
                "With SMS fallback the Viber TTL must be exactly "
                    + VALIDITY_PERIOD_WITH_SMS
                    + " seconds, is "
                    + ttl));
      } else if (ttl < VALIDITY_PERIOD_MIN || ttl > VALIDITY_PERIOD_MAX) {
        v.add(
            new LimitViolation(
                "viber.ttl",
                "Viber TTL must be "
                    + VALIDITY_PERIOD_MIN
                    + ".."
                    + VALIDITY_PERIOD_MAX
                    + " seconds (6 hours), is "
                    + ttl));
      }
    }
    for (Recipient r : request.recipients()) {
      try {
        perRecipient(v, viber, sms, r);
      } catch (MissingVariableException e) {
        v.add(new LimitViolation("variables", e.getMessage() + " (" + r.messageId() + ")"));
      }
      if (v.size() > 20) {
        break; // enough for a person to act on
      }
    }
    return v;
  }

  private static void perRecipient(
      List<LimitViolation> v, ViberContent viber, SmsContent sms, Recipient r) {
    String who = " (recipient " + r.messageId() + ")";
    if (viber.sender() != null && viber.sender().value().length() > SOURCE_ADDR_MAX) {
      v.add(new LimitViolation("viber.sender", "source_addr must be at most " + SOURCE_ADDR_MAX));
    }
    String text = r.render(viber.text());
    if (text != null && text.length() > TEXT_MAX) {
      v.add(
          new LimitViolation(
              "viber.text",
              "Viber text must be at most " + TEXT_MAX + " characters, is " + text.length() + who));
    }
    String caption = r.render(viber.buttonCaption());
    if (caption != null && caption.length() > BUTTON_CAPTION_MAX) {
      v.add(
          new LimitViolation(
              "viber.button_caption",
              "Button caption must be at most " + BUTTON_CAPTION_MAX + " characters" + who));
    }
    String image = r.render(viber.imageUrl());
    if (image != null && !IMAGE_EXTENSIONS.contains(extension(image))) {
      v.add(
          new LimitViolation(
              "viber.image",
              "The image must be a JPG or PNG (at most "
                  + IMAGE_MAX_PIXELS
                  + "x"
                  + IMAGE_MAX_PIXELS
                  + " px): "
                  + image));
    }
    if (sms != null) {
      String smsText = r.render(sms.text());
      boolean ucs2 = SmsEncoding.of(smsText) == SmsEncoding.UCS2;
      int max = ucs2 ? TEXT_SMS_MAX_UCS2 : TEXT_SMS_MAX_LATIN;
      if (smsText.length() > max) {
        v.add(
            new LimitViolation(
                "sms.text",
                "SMS fallback text must be at most "
                    + max
                    + (ucs2 ? " characters in Cyrillic/UCS-2" : " Latin characters")
                    + ", is "
                    + smsText.length()
                    + who));
      }
    }
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
