package io.cascade.simulator;

import java.util.logging.Logger;

/** {@code java -jar provider-simulator.jar}: settings from the environment, see the README. */
public final class SimulatorMain {
  private static final Logger LOG = Logger.getLogger(SimulatorMain.class.getName());

  private SimulatorMain() {}

  public static void main(String[] args) {
    SimulatorConfig config = SimulatorConfig.load();
    Simulator simulator = Simulator.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
    LOG.info(
        () ->
            "Cascade provider simulator listening on "
                + simulator.baseUrl()
                + " (hyber, messaggio, decisiontelecom, _control)");
  }
}
