package io.cascade.domain.channel;

/**
 * The name a subscriber sees as the sender (SMS alpha name, Viber service name). Each provider
 * narrows it further (SMS alpha names are at most 11 GSM-7 characters).
 */
public record SenderName(String value) {

  /** DecisionTelecom's {@code source_addr} allows 20; no provider we use allows more. */
  public static final int MAX_LENGTH = 20;

  public SenderName {
    if (value == null || value.isBlank()) {
      throw new InvalidContentException("sender.empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidContentException("sender.length", MAX_LENGTH, value.length());
    }
  }

  public static SenderName of(String value) {
    return new SenderName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
