package io.cascade.campaign;

import io.cascade.domain.message.MessageState;
import java.io.Serializable;
import java.util.Map;

/**
 * How far a campaign's messages have got, from its kept counters (never a count over the messages
 * table), in the figures its screens show. A message is counted once in its current state; the
 * figures below add states up.
 *
 * @param byState messages in each state; a state with none may be missing
 */
public record CampaignProgress(Map<MessageState, Long> byState) implements Serializable {

  /** A campaign that has no messages yet (a draft, a scheduled one). */
  public static final CampaignProgress NONE = new CampaignProgress(Map.of());

  public CampaignProgress {
    byState = Map.copyOf(byState);
  }

  public long of(MessageState state) {
    return byState.getOrDefault(state, 0L);
  }

  /** Every message made for the campaign. */
  public long total() {
    return byState.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Not sent yet: waiting (also for the send window), being sent, or waiting to be retried. */
  public long pending() {
    return of(MessageState.PENDING) + of(MessageState.CLAIMED) + of(MessageState.RETRY_WAIT);
  }

  /** Taken by the provider so far, whatever its reports said since. */
  public long sent() {
    return of(MessageState.SENT)
        + of(MessageState.DELIVERED)
        + of(MessageState.UNDELIVERED)
        + of(MessageState.EXPIRED);
  }

  public long delivered() {
    return of(MessageState.DELIVERED);
  }

  /** Refused by the provider, or reported undelivered or expired. */
  public long failed() {
    return of(MessageState.REJECTED) + of(MessageState.UNDELIVERED) + of(MessageState.EXPIRED);
  }

  /** May have reached the provider: a person decides whether to send them again. */
  public long unknown() {
    return of(MessageState.UNKNOWN);
  }

  public long cancelled() {
    return of(MessageState.CANCELLED);
  }

  /** Messages dispatch is done with: sent, refused, unknown or cancelled. */
  public long processed() {
    return total() - pending();
  }

  /** The share of the messages dispatch is done with, 0 to 100; 0 while there are none. */
  public int percent() {
    long total = total();
    return total == 0 ? 0 : (int) (processed() * 100 / total);
  }
}
