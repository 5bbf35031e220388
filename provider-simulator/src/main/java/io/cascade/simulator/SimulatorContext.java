package io.cascade.simulator;

import io.cascade.simulator.account.Accounts;
import io.cascade.simulator.callback.CallbackSender;
import io.cascade.simulator.fault.Faults;
import io.cascade.simulator.ledger.RequestLog;
import io.cascade.simulator.ledger.SendCounter;
import io.cascade.simulator.message.MessageStore;
import io.cascade.simulator.message.OutcomeTable;
import java.util.concurrent.ScheduledExecutorService;

/** The shared state every API of the simulator works on; made once by {@link Simulator}. */
public record SimulatorContext(
    SimulatorConfig config,
    Accounts accounts,
    SendCounter sends,
    RequestLog requests,
    MessageStore messages,
    OutcomeTable outcomes,
    Faults faults,
    CallbackSender callbacks,
    ScheduledExecutorService timer) {}
