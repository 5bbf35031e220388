package io.cascade.domain.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * A WhatsApp message: a template text, or a session message that may add an image, a document, an
 * audio, a video and a location (each media with the name the subscriber sees).
 */
public record WhatsAppContent(
    String text,
    Ttl ttl,
    String imageUrl,
    String imageName,
    String documentUrl,
    String documentName,
    String audioUrl,
    String videoUrl,
    String videoName,
    GeoLocation location,
    boolean trackClicks)
    implements ChannelContent {

  @Override
  public WhatsAppContent withTtl(Ttl other) {
    return new WhatsAppContent(
        text,
        other,
        imageUrl,
        imageName,
        documentUrl,
        documentName,
        audioUrl,
        videoUrl,
        videoName,
        location,
        trackClicks);
  }

  public WhatsAppContent {
    boolean hasText = text != null && !text.isBlank();
    if (!hasText
        && imageUrl == null
        && documentUrl == null
        && audioUrl == null
        && videoUrl == null
        && location == null) {
      throw new InvalidContentException("whatsapp.empty");
    }
  }

  public static WhatsAppContent template(String text, Ttl ttl) {
    return new WhatsAppContent(text, ttl, null, null, null, null, null, null, null, null, false);
  }

  @Override
  public Channel channel() {
    return Channel.WHATSAPP;
  }

  @Override
  public List<String> templatedValues() {
    return new ArrayList<>(
        ChannelContent.nonNull(
            text, imageUrl, imageName, documentUrl, documentName, audioUrl, videoUrl, videoName));
  }
}
