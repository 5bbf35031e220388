package io.cascade.domain.channel;

/** A way to reach a subscriber. The order of channels in a cascade is the order of attempts. */
public enum Channel {
  VIBER,
  SMS,
  WHATSAPP,
  PUSH
}
