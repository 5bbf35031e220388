package io.cascade.simulator;

import io.cascade.simulator.account.Accounts;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.callback.CallbackSender;
import io.cascade.simulator.control.ControlApi;
import io.cascade.simulator.decisiontelecom.DecisionTelecomApi;
import io.cascade.simulator.fault.Faults;
import io.cascade.simulator.http.Reply;
import io.cascade.simulator.hyber.HyberApi;
import io.cascade.simulator.ledger.RequestLog;
import io.cascade.simulator.ledger.SendCounter;
import io.cascade.simulator.message.MessageStore;
import io.cascade.simulator.message.OutcomeTable;
import io.cascade.simulator.message.TruthTally;
import io.cascade.simulator.messaggio.MessaggioApi;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator: shared state, the three provider APIs and the control API on one server. */
public final class Simulator implements AutoCloseable {
  private static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

  private final SimulatorContext context;
  private final Undertow server;
  private final ScheduledExecutorService timer;
  private final CallbackSender callbacks;

  private Simulator(SimulatorConfig config) {
    AtomicInteger n = new AtomicInteger();
    timer =
        Executors.newScheduledThreadPool(
            1,
            r -> {
              Thread t = new Thread(r, "simulator-timer-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Accounts accounts =
        new Accounts(
            config.hyberAccounts(), config.messaggioAccounts(), config.decisiontelecomAccounts());
    Faults faults = new Faults();
    OutcomeTable outcomes = new OutcomeTable(config.outcomes());
    Map<Provider, CallbackFormat> formats = new EnumMap<>(Provider.class);
    callbacks =
        new CallbackSender(
            formats,
            faults,
            outcomes,
            config.callbackThreads(),
            config.callbackTimeoutMs(),
            config.retryInitialMs(),
            config.retryMaxMs(),
            config.retryWindowMs(),
            config.callbackPendingLimit());
    context =
        new SimulatorContext(
            config,
            accounts,
            new SendCounter(),
            new RequestLog(config.requestLogSize(), config.requestLogBodyBytes()),
            new MessageStore(config.messageCapacity(), config.jobCapacity()),
            outcomes,
            new TruthTally(),
            faults,
            callbacks,
            timer);

    RoutingHandler routes = new RoutingHandler();
    HyberApi hyber = new HyberApi(context);
    MessaggioApi messaggio = new MessaggioApi(context);
    DecisionTelecomApi decisionTelecom = new DecisionTelecomApi(context);
    hyber.register(routes);
    messaggio.register(routes);
    decisionTelecom.register(routes);
    new ControlApi(context).register(routes);
    formats.put(Provider.HYBER, hyber.callbackFormat());
    formats.put(Provider.MESSAGGIO, messaggio.callbackFormat());
    formats.put(Provider.DECISIONTELECOM, decisionTelecom.callbackFormat());
    routes.setFallbackHandler(
        exchange -> {
          Reply reply =
              Reply.json(404, Map.of("error", "no such path: " + exchange.getRequestPath()));
          exchange.setStatusCode(404);
          exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, reply.contentType());
          exchange.getResponseSender().send(ByteBuffer.wrap(reply.body()));
        });

    server =
        Undertow.builder()
            .addHttpListener(config.port(), config.bind())
            .setIoThreads(config.ioThreads())
            .setWorkerThreads(config.workerThreads())
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, MAX_BODY_BYTES)
            .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
            .setHandler(routes)
            .build();
  }

  /** Starts a simulator; port 0 picks a free port (see {@link #port()}). */
  public static Simulator start(SimulatorConfig config) {
    Simulator simulator = new Simulator(config);
    simulator.server.start();
    return simulator;
  }

  public int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  public String baseUrl() {
    String host = context.config().bind();
    if (host.equals("0.0.0.0")) {
      host = "127.0.0.1";
    }
    return "http://" + host + ":" + port();
  }

  public SimulatorContext context() {
    return context;
  }

  @Override
  public void close() {
    server.stop();
    callbacks.close();
    timer.shutdownNow();
  }
}
