package io.cascade.simulator.message;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The fate of one message, decided when it is accepted: the channels it was sent with, the hop
 * reached (0-based index of the last channel tried), its final outcome there, the reason picked for
 * a failure (an index into the provider's own reason list), and the times of the final status, the
 * "seen", the clicks and a subscriber reply (0 when none).
 */
public record Plan(
    List<String> channels,
    int hop,
    Outcome outcome,
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
   * What a provider's reports can tell a client, so that a plan decides nothing the client could
   * not learn from them: whether a "seen" is reported at all, and what a failure on the cascade's
   * last hop is reported as ({@code failure} is given UNDELIVERED or EXPIRED and returns one of
   * them). The truth tally then counts what the reports say.
   */
  public record Reporting(boolean seen, UnaryOperator<Outcome> failure) {
    /** Everything told apart: a seen, undelivered and expired on every channel. */
    public static final Reporting FULL = new Reporting(true, UnaryOperator.identity());
  }

  /**
   * Walks the ordered channels: each is tried with the outcome ratios and the first delivery ends
   * the cascade, as Hyber does; otherwise the last channel's failure is final.
   */
  public static Plan draw(
      List<String> channels,
      Outcomes o,
      Reporting reporting,
      boolean ctr,
      boolean twoWay,
      long now) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (channels.isEmpty()) {
      channels = List.of("sms");
    }
    Outcome outcome = Outcome.UNDELIVERED;
    int hop = 0;
    for (int i = 0; i < channels.size(); i++) {
      hop = i;
      outcome = o.draw();
      if (outcome == Outcome.DELIVERED) {
        break;
      }
    }
    if (outcome != Outcome.DELIVERED) {
      outcome = reporting.failure().apply(outcome);
    }
    String channel = channels.get(hop);
    long finalAt = now + o.delay();
    long seenAt = 0;
    int clicks = 0;
    long clickAt = 0;
    long replyAt = 0;
    String replyText = null;
    if (outcome == Outcome.DELIVERED) {
      boolean messenger = !channel.equals("sms");
      if (messenger && reporting.seen() && Outcomes.chance(o.seen())) {
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
        channels,
        hop,
        outcome,
        random.nextInt(1 << 16),
        finalAt,
        seenAt,
        clicks,
        clickAt,
        replyAt,
        replyText);
  }

  /** The channel of the last hop tried: the one that delivered, or the last that failed. */
  public String channel() {
    return channels.get(hop);
  }

  /** Whether the cascade went past its first channel. */
  public boolean fellBack() {
    return hop > 0;
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
