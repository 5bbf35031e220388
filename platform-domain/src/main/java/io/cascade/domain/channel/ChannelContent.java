package io.cascade.domain.channel;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** What one channel of a cascade carries. Texts and URLs may hold {@code %variable%} holes. */
public sealed interface ChannelContent
    permits ViberContent, SmsContent, WhatsAppContent, PushContent {

  Channel channel();

  /** Null means the provider's default. */
  Ttl ttl();

  /** The same content with another TTL (a campaign's override). */
  ChannelContent withTtl(Ttl ttl);

  /** Ask the provider to replace links with tracked short links and count clicks. */
  boolean trackClicks();

  /** Every text or URL value of this content, for placeholder detection and rendering checks. */
  List<String> templatedValues();

  static List<String> nonNull(String... values) {
    return Stream.of(values).filter(Objects::nonNull).toList();
  }
}
