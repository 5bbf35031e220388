package io.cascade.simulator.http;

import io.cascade.simulator.Provider;
import io.cascade.simulator.fault.FaultKind;
import io.cascade.simulator.fault.FaultRule;
import io.cascade.simulator.fault.Faults;
import io.cascade.simulator.ledger.RequestLog;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.PathTemplateMatch;
import io.undertow.util.SameThreadExecutor;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.IoUtils;

/**
 * Wraps one API operation. A small body (up to 64 KB) is read on the I/O thread without blocking; a
 * larger one on a worker thread, straight into one array. Parsing and the operation always run on a
 * worker thread, so a 50,000-recipient batch never stalls other connections. Provider endpoints
 * also take injected faults and are recorded in the request log; control endpoints ({@code provider
 * == null}) are neither.
 */
public final class Endpoint implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());
  private static final long SMALL_BODY = 64 * 1024;

  /** One API operation. */
  @FunctionalInterface
  public interface Operation {
    Reply handle(Request request) throws Exception;
  }

  private final Provider provider;
  private final Operation operation;
  private final Function<FaultKind, Reply> faultReplies;
  private final Faults faults;
  private final RequestLog log;
  private final ScheduledExecutorService timer;

  public Endpoint(
      Provider provider,
      Operation operation,
      Function<FaultKind, Reply> faultReplies,
      Faults faults,
      RequestLog log,
      ScheduledExecutorService timer) {
    this.provider = provider;
    this.operation = operation;
    this.faultReplies = faultReplies;
    this.faults = faults;
    this.log = log;
    this.timer = timer;
  }

  /** A control-API endpoint: no faults, not logged. */
  public static Endpoint control(Operation operation) {
    return new Endpoint(null, operation, null, null, null, null);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    long receivedAt = System.currentTimeMillis();
    long started = System.nanoTime();
    long length = exchange.getRequestContentLength();
    boolean chunked = exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    if (length > SMALL_BODY || (length < 0 && chunked)) {
      // a large body (a 50,000-recipient batch) is read on the worker straight into one array:
      // Undertow's receiver copies it byte by byte, which costs more than the parsing
      exchange.dispatch(() -> readBlocking(exchange, length, receivedAt, started));
      return;
    }
    exchange
        .getRequestReceiver()
        .receiveFullBytes(
            (ex, body) -> ex.dispatch(() -> process(ex, body, receivedAt, started)),
            (ex, error) -> {
              LOG.log(Level.FINE, "cannot read request body", error);
              IoUtils.safeClose(ex.getConnection());
            });
  }

  private void readBlocking(HttpServerExchange ex, long length, long receivedAt, long started) {
    byte[] body;
    try {
      ex.startBlocking();
      body =
          length >= 0
              ? ex.getInputStream().readNBytes((int) length)
              : ex.getInputStream().readAllBytes();
    } catch (java.io.IOException e) {
      LOG.log(Level.FINE, "cannot read request body", e);
      IoUtils.safeClose(ex.getConnection());
      return;
    }
    process(ex, body, receivedAt, started);
  }

  private void process(HttpServerExchange ex, byte[] body, long receivedAt, long started) {
    Request request = request(ex, body);
    FaultRule fault = provider == null ? null : faults.forRequest(provider);
    if (fault == null) {
      finish(ex, request, run(request), null, receivedAt, started);
      return;
    }
    String faultName = fault.kind().name().toLowerCase();
    switch (fault.kind()) {
      case SLOW -> {
        // stay dispatched so Undertow does not end the exchange, and answer later from a worker
        ex.dispatch(
            SameThreadExecutor.INSTANCE,
            () ->
                timer.schedule(
                    () ->
                        ex.getConnection()
                            .getWorker()
                            .execute(
                                () ->
                                    finish(
                                        ex, request, run(request), faultName, receivedAt, started)),
                    fault.delayMs(),
                    TimeUnit.MILLISECONDS));
      }
      case TIMEOUT -> {
        if (fault.process()) {
          run(request);
        }
        record(request, 0, faultName, receivedAt, started);
        ex.dispatch(
            SameThreadExecutor.INSTANCE,
            () ->
                timer.schedule(
                    () -> IoUtils.safeClose(ex.getConnection()),
                    fault.delayMs(),
                    TimeUnit.MILLISECONDS));
      }
      case HTTP_5XX -> {
        if (fault.process()) {
          run(request);
        }
        int status = fault.status();
        finish(
            ex,
            request,
            Reply.text(
                status, "<html><body><h1>" + status + " Service Unavailable</h1></body></html>"),
            faultName,
            receivedAt,
            started);
      }
      default -> {
        if (fault.process()) {
          run(request);
        }
        finish(ex, request, faultReplies.apply(fault.kind()), faultName, receivedAt, started);
      }
    }
  }

  private Reply run(Request request) {
    try {
      return operation.handle(request);
    } catch (IllegalArgumentException e) {
      return Reply.json(400, Map.of("error", String.valueOf(e.getMessage())));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "simulator failed on " + request.path(), e);
      return Reply.json(500, Map.of("error", String.valueOf(e)));
    }
  }

  private void finish(
      HttpServerExchange ex,
      Request request,
      Reply reply,
      String fault,
      long receivedAt,
      long started) {
    record(request, reply.status(), fault, receivedAt, started);
    ex.setStatusCode(reply.status());
    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, reply.contentType());
    ex.getResponseSender().send(ByteBuffer.wrap(reply.body()));
  }

  private void record(Request request, int status, String fault, long receivedAt, long started) {
    if (log != null) {
      log.record(
          provider.pathName(),
          request.method(),
          request.path(),
          request.query(),
          status,
          fault,
          request.body(),
          receivedAt,
          (System.nanoTime() - started) / 1000);
    }
  }

  private static Request request(HttpServerExchange ex, byte[] body) {
    PathTemplateMatch match = ex.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    Map<String, String> params = match == null ? Map.of() : match.getParameters();
    return new Request(
        ex.getRequestMethod().toString(),
        ex.getRequestPath(),
        params,
        ex.getQueryString(),
        name -> ex.getRequestHeaders().getFirst(HttpString.tryFromString(name)),
        body);
  }
}
