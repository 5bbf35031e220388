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
 */
public record CampaignCounts(
    Map<MessageState, Long> byState,
    long suppressed,
    long waitingForWindow,
    Instant windowOpensAt) {

  public long of(MessageState state) {
    return byState.getOrDefault(state, 0L);
  }
}
