package io.cascade.domain.channel;

import java.util.List;

/** A push notification to the provider's app SDK: title and text, optional image and button. */
public record PushContent(
    String text,
    String title,
    Ttl ttl,
    String imageUrl,
    String buttonCaption,
    String buttonAction,
    boolean trackClicks)
    implements ChannelContent {

  @Override
  public PushContent withTtl(Ttl other) {
    return new PushContent(text, title, other, imageUrl, buttonCaption, buttonAction, trackClicks);
  }

  public PushContent {
    if (text == null || text.isBlank() || title == null || title.isBlank()) {
      throw new InvalidContentException("push.missing");
    }
  }

  @Override
  public Channel channel() {
    return Channel.PUSH;
  }

  @Override
  public List<String> templatedValues() {
    return ChannelContent.nonNull(text, title, imageUrl, buttonCaption, buttonAction);
  }
}
