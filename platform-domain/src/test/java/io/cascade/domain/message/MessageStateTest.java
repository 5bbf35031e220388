package io.cascade.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageStateTest {

  @Test
  void theDispatchPathAndTheReportsAreAllowedAndNothingElse() {
    Set<String> allowed =
        Set.of(
            "PENDING>CLAIMED",
            "PENDING>CANCELLED",
            "CLAIMED>SENT",
            "CLAIMED>REJECTED",
            "CLAIMED>RETRY_WAIT",
            "CLAIMED>UNKNOWN",
            "CLAIMED>PENDING",
            "RETRY_WAIT>CLAIMED",
            "RETRY_WAIT>CANCELLED",
            "UNKNOWN>PENDING",
            "UNKNOWN>SENT",
            "UNKNOWN>CANCELLED",
            // a delivery report proves that a message whose send was in doubt went out
            "UNKNOWN>DELIVERED",
            "UNKNOWN>UNDELIVERED",
            "UNKNOWN>EXPIRED",
            "SENT>DELIVERED",
            "SENT>UNDELIVERED",
            "SENT>EXPIRED");
    for (MessageState from : MessageState.values()) {
      for (MessageState to : MessageState.values()) {
        assertThat(from.canMoveTo(to))
            .as("%s -> %s", from, to)
            .isEqualTo(allowed.contains(from + ">" + to));
      }
    }
  }

  @Test
  void finalStatesGoNowhere() {
    for (MessageState s :
        EnumSet.of(
            MessageState.REJECTED,
            MessageState.DELIVERED,
            MessageState.UNDELIVERED,
            MessageState.EXPIRED,
            MessageState.CANCELLED)) {
      assertThat(s.next()).as(s.name()).isEmpty();
      assertThat(s.isSettled()).isTrue();
    }
    assertThat(MessageState.PENDING.isSettled()).isFalse();
    assertThat(MessageState.CLAIMED.isSettled()).isFalse();
    assertThat(MessageState.RETRY_WAIT.isSettled()).isFalse();
  }
}
