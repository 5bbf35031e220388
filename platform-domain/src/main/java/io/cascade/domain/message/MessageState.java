package io.cascade.domain.message;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one message of a campaign is. Dispatch moves it PENDING -> CLAIMED -> SENT / REJECTED /
 * RETRY_WAIT / UNKNOWN; the providers' reports move a sent one (or an unknown one, which a report
 * proves was sent) on to DELIVERED, UNDELIVERED or EXPIRED. A state never moves back, but for the
 * two a person or a reconciliation decides: an UNKNOWN message is sent again only when a person
 * asks, and a CLAIMED one whose node died goes back to PENDING only when the provider says it never
 * got it.
 */
public enum MessageState {
  /** Waiting to be sent (or for its recipient's send window). */
  PENDING,
  /** Taken by a node, under a lease, about to be or being sent. */
  CLAIMED,
  /** A passing refusal: sent again after its back-off. */
  RETRY_WAIT,
  /** The provider took it. */
  SENT,
  /** Refused for good, with the provider's code and text. */
  REJECTED,
  /** It may have reached the provider (a crash or a timeout while in flight); a person decides. */
  UNKNOWN,
  DELIVERED,
  UNDELIVERED,
  EXPIRED,
  /** Its campaign was cancelled before it was sent. */
  CANCELLED;

  private Set<MessageState> next;

  static {
    PENDING.next = EnumSet.of(CLAIMED, CANCELLED);
    CLAIMED.next = EnumSet.of(SENT, REJECTED, RETRY_WAIT, UNKNOWN, PENDING);
    RETRY_WAIT.next = EnumSet.of(CLAIMED, CANCELLED);
    UNKNOWN.next = EnumSet.of(PENDING, SENT, CANCELLED, DELIVERED, UNDELIVERED, EXPIRED);
    SENT.next = EnumSet.of(DELIVERED, UNDELIVERED, EXPIRED);
    REJECTED.next = EnumSet.noneOf(MessageState.class);
    DELIVERED.next = EnumSet.noneOf(MessageState.class);
    UNDELIVERED.next = EnumSet.noneOf(MessageState.class);
    EXPIRED.next = EnumSet.noneOf(MessageState.class);
    CANCELLED.next = EnumSet.noneOf(MessageState.class);
  }

  public boolean canMoveTo(MessageState other) {
    return next.contains(other);
  }

  /** The states it may move to, for the guards of the SQL that moves many at once. */
  public Set<MessageState> next() {
    return next.isEmpty() ? EnumSet.noneOf(MessageState.class) : EnumSet.copyOf(next);
  }

  /** It has its outcome as far as sending goes: dispatch is done with it. */
  public boolean isSettled() {
    return this != PENDING && this != CLAIMED && this != RETRY_WAIT;
  }
}
