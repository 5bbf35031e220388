package io.cascade.simulator;

import io.cascade.simulator.account.Accounts;
import io.cascade.simulator.callback.CallbackSender;
import io.cascade.simulator.fault.Faults;
import io.cascade.simulator.ledger.RequestLog;
import io.cascade.simulator.ledger.SendCounter;
import io.cascade.simulator.message.MessageStore;
import io.cascade.simulator.message.OutcomeTable;
import io.cascade.simulator.message.SimMessage;
import io.cascade.simulator.message.TruthTally;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/** The shared state every API of the simulator works on; made once by {@link Simulator}. */
public record SimulatorContext(
    SimulatorConfig config,
    Accounts accounts,
    SendCounter sends,
    RequestLog requests,
    MessageStore messages,
    OutcomeTable outcomes,
    TruthTally truth,
    Faults faults,
    CallbackSender callbacks,
    ScheduledExecutorService timer) {

  /**
   * Takes in a message a provider accepted, the one place every API hands it to: counts the send,
   * stores the message for status queries and its texts for {@code /_control/messages}, tallies its
   * plan and schedules its callbacks.
   */
  public void accept(SimMessage message, Map<String, String> texts) {
    sends.increment(message.provider(), message.phone(), message.ourId());
    messages.put(message);
    messages.recordContent(message, texts);
    truth.record(message.provider(), message.plan());
    callbacks.schedule(message);
  }
}
