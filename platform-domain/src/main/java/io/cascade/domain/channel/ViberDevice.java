package io.cascade.domain.channel;

/** Which Viber devices may show the message; Viber's default is all. */
public enum ViberDevice {
  ALL,
  PHONE
}
