package io.cascade.domain.channel;

import java.util.List;

/** An SMS: text and the alpha name it is sent from. Lengths are checked per provider. */
public record SmsContent(String text, SenderName sender, Ttl ttl, boolean trackClicks)
    implements ChannelContent {

  @Override
  public SmsContent withTtl(Ttl other) {
    return new SmsContent(text, sender, other, trackClicks);
  }

  public SmsContent {
    if (text == null || text.isBlank()) {
      throw new InvalidContentException("sms.text.missing");
    }
  }

  public static SmsContent of(String text, String sender, int ttlSeconds) {
    return new SmsContent(text, SenderName.of(sender), Ttl.ofSeconds(ttlSeconds), false);
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public List<String> templatedValues() {
    return ChannelContent.nonNull(text);
  }
}
