package io.cascade.simulator.message;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fate of one message, decided when it is accepted: final outcome and channel (after the
 * cascade), the reason picked for a failure (an index into the provider's own reason list), and the
 * times of the final status, the "seen", the clicks and a subscriber reply (0 when none).
 */
public record Plan(
    Outcome outcome,
    String channel,
    boolean fellBack,
    int reasonIndex,
    long finalAt,
    long seenAt,
    int clicks,
    long clickAt,
    long replyAt,
    String replyText) {

  private static final List<String> REPLIES =
      List.of("Thanks!", "STOP", "Yes, call me please", "How much?", "Ок, дякую");

  /**
   * Walks the ordered channels: each is tried with the outcome ratios and the first delivery ends
   * the cascade, as Hyber does; otherwise the last channel's failure is final.
   */
  public static Plan draw(
      List<String> channels, Outcomes o, boolean ctr, boolean twoWay, long now) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Outcome outcome = Outcome.UNDELIVERED;
    String channel = channels.isEmpty() ? "sms" : channels.get(0);
    int index = 0;
    for (int i = 0; i < channels.size(); i++) {
      channel = channels.get(i);
      index = i;
      outcome = o.draw();
      if (outcome == Outcome.DELIVERED) {
        break;
      }
    }
    long finalAt = now + o.delay();
    long seenAt = 0;
    int clicks = 0;
    long clickAt = 0;
    long replyAt = 0;
    String replyText = null;
    if (outcome == Outcome.DELIVERED) {
      boolean messenger = !channel.equals("sms");
      if (messenger && Outcomes.chance(o.seen())) {
        seenAt = finalAt + 1 + o.delay();
      }
      long after = Math.max(finalAt, seenAt);
      if (ctr && Outcomes.chance(o.clicked())) {
        clicks = 1 + random.nextInt(3);
        clickAt = after + 1 + o.delay();
      }
      if (twoWay && messenger && Outcomes.chance(o.replied())) {
        replyAt = Math.max(after, clickAt) + 1 + o.delay();
        replyText = REPLIES.get(random.nextInt(REPLIES.size()));
      }
    }
    return new Plan(
        outcome,
        channel,
        index > 0,
        random.nextInt(1 << 16),
        finalAt,
        seenAt,
        clicks,
        clickAt,
        replyAt,
        replyText);
  }

  public boolean finalReached(long now) {
    return now >= finalAt;
  }

  public boolean seenBy(long now) {
    return seenAt > 0 && now >= seenAt;
  }

  public int clicksBy(long now) {
    return clickAt > 0 && now >= clickAt ? clicks : 0;
  }

  public <T> T reason(List<T> reasons) {
    return reasons.get(reasonIndex % reasons.size());
  }
}
