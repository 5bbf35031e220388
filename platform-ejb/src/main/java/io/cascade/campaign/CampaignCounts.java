package io.cascade.campaign;

import io.cascade.domain.message.MessageState;
import java.time.Instant;
import java.util.Map;

/**
 * What happened to a campaign's recipients so far.
 *
 * @param byState messages in each state
 * @param suppressed phones of the lists left out because they are on the suppression list
 * @param waitingForWindow pending messages whose recipients are outside the send window now
 * @param windowOpensAt when the next of those recipients' windows opens; null when none waits
 * @param hops per hop of the cascade ("1:VIBER", "2:SMS"), its statuses (SENT, DELIVERED,
 *     UNDELIVERED, EXPIRED) and how many hops are in each
 * @param reactions messages seen, clicked and replied to (SEEN, CLICKED, REPLIED)
 */
public record CampaignCounts(
    Map<MessageState, Long> byState,
    long suppressed,
    long waitingForWindow,
    Instant windowOpensAt,
    Map<String, Map<String, Long>> hops,
    Map<String, Long> reactions) {

  public long of(MessageState state) {
    return byState.getOrDefault(state, 0L);
  }

  /** The messages per state as the screens add them up (sent so far, failed, pending...). */
  public CampaignProgress progress() {
    return new CampaignProgress(byState);
  }
}
