package io.cascade.simulator.callback;

import io.cascade.simulator.Provider;
import io.cascade.simulator.fault.FaultKind;
import io.cascade.simulator.fault.FaultRule;
import io.cascade.simulator.fault.Faults;
import io.cascade.simulator.message.OutcomeTable;
import io.cascade.simulator.message.Outcomes;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Schedules and sends callbacks with the JDK HttpClient on a bounded pool of threads. A callback
 * not answered with 200 is retried with doubling delays ({@code retryInitialMs} up to {@code
 * retryMaxMs}) until {@code retryWindowMs} after its first attempt: Messaggio documents 24 hours;
 * for Hyber and DecisionTelecom, which document nothing, the same policy is assumed. Where a format
 * batches ({@link CallbackFormat#batchSize}), callbacks due for one URL within {@link
 * #BATCH_WINDOW_MS} go in one request, retried whole.
 */
public final class CallbackSender implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(CallbackSender.class.getName());
  private static final int RECENT = 500;
  private static final int RECENT_BODY = 2048;

  /** How long a batch waits for more callbacks to its URL after its first one. */
  static final long BATCH_WINDOW_MS = 5;

  private final Map<Provider, CallbackFormat> formats;
  private final Faults faults;
  private final OutcomeTable outcomes;
  private final ScheduledThreadPoolExecutor timer;
  private final ExecutorService clientExecutor;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final long retryInitialMs;
  private final long retryMaxMs;
  private final long retryWindowMs;
  private final AtomicInteger epoch = new AtomicInteger();
  private final ConcurrentHashMap<String, Batch> collecting = new ConcurrentHashMap<>();

  private final AtomicLong scheduled = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final AtomicLong givenUp = new AtomicLong();
  private final AtomicLong duplicatesInjected = new AtomicLong();
  private final AtomicLong outOfOrderInjected = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong droppedByFault = new AtomicLong();
  private final long pendingLimit;
  private final AtomicLong recentSeq = new AtomicLong();
  private final AtomicReferenceArray<Attempt> recent = new AtomicReferenceArray<>(RECENT);

  public CallbackSender(
      Map<Provider, CallbackFormat> formats,
      Faults faults,
      OutcomeTable outcomes,
      int threads,
      long requestTimeoutMs,
      long retryInitialMs,
      long retryMaxMs,
      long retryWindowMs,
      long pendingLimit) {
    this.formats = formats;
    this.pendingLimit = pendingLimit;
    this.faults = faults;
    this.outcomes = outcomes;
    this.timer = new ScheduledThreadPoolExecutor(threads, daemon("callback"));
    this.timer.setRemoveOnCancelPolicy(true);
    this.clientExecutor = Executors.newFixedThreadPool(2, daemon("callback-http"));
    this.client =
        HttpClient.newBuilder()
            .executor(clientExecutor)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(requestTimeoutMs))
            .build();
    this.requestTimeout = Duration.ofMillis(requestTimeoutMs);
    this.retryInitialMs = retryInitialMs;
    this.retryMaxMs = retryMaxMs;
    this.retryWindowMs = retryWindowMs;
  }

  /** Plans every callback of a freshly accepted message. */
  public void schedule(SimMessage message) {
    CallbackFormat format = formats.get(message.provider());
    if (format == null || !format.wants(message)) {
      return;
    }
    Plan plan = message.plan();
    List<Timed> events = new ArrayList<>(4);
    events.add(new Timed(CallbackEvent.FINAL, plan.finalAt()));
    if (plan.seenAt() > 0) {
      events.add(new Timed(CallbackEvent.SEEN, plan.seenAt()));
    }
    if (plan.clickAt() > 0) {
      events.add(new Timed(CallbackEvent.CLICK, plan.clickAt()));
    }
    if (plan.replyAt() > 0) {
      events.add(new Timed(CallbackEvent.REPLY, plan.replyAt()));
    }
    if (scheduled.get() - delivered.get() - givenUp.get() >= pendingLimit) {
      dropped.incrementAndGet(); // bounded memory beats completeness when the receiver is down
      return;
    }
    FaultRule fault = faults.forMessage(message.provider());
    FaultKind kind = fault == null ? null : fault.kind();
    if (kind == FaultKind.DROP_CALLBACK) {
      droppedByFault.incrementAndGet(); // the message stays in the store for status queries
      return;
    }
    if (kind == FaultKind.OUT_OF_ORDER_CALLBACK) {
      outOfOrderInjected.incrementAndGet();
      events = reversed(events);
    }
    long now = System.currentTimeMillis();
    int currentEpoch = epoch.get();
    if (kind == FaultKind.DUPLICATE_CALLBACK) {
      shuffledCopies(format, message, events, fault.copies(), now, currentEpoch);
      return;
    }
    for (Timed event : events) {
      send(new Task(format, message, event.event(), false, currentEpoch), event.at() - now);
    }
  }

  /**
   * Every event {@code copies} times, each copy a random {@code min_delay_ms..max_delay_ms} (the
   * provider's outcome delays) after the event's own time: never before what it reports happened,
   * yet a "seen" may come before a late copy of "delivered", or before every copy of it.
   */
  private void shuffledCopies(
      CallbackFormat format,
      SimMessage message,
      List<Timed> events,
      int copies,
      long now,
      int currentEpoch) {
    Outcomes delays = outcomes.get(message.provider());
    for (Timed event : events) {
      for (int copy = 0; copy < copies; copy++) {
        send(
            new Task(format, message, event.event(), copy > 0, currentEpoch),
            event.at() + delays.delay() - now);
      }
    }
  }

  private void send(Task task, long delayMs) {
    scheduled.incrementAndGet();
    timer.schedule(() -> attempt(task, 1, 0), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
  }

  /**
   * Newest first: the events keep their times but swap contents, and an outdated in-progress status
   * follows the last one, so a receiver sees "delivered" before "pending".
   */
  private static List<Timed> reversed(List<Timed> events) {
    List<Timed> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Timed::at));
    List<Timed> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(new Timed(sorted.get(sorted.size() - 1 - i).event(), sorted.get(i).at()));
    }
    out.add(new Timed(CallbackEvent.STALE, sorted.get(sorted.size() - 1).at() + 50));
    return out;
  }

  private void attempt(Task task, int attempt, long firstAttemptAt) {
    if (task.epoch() != epoch.get()) {
      return; // reset since it was scheduled
    }
    long first = firstAttemptAt == 0 ? System.currentTimeMillis() : firstAttemptAt;
    CallbackFormat.Outgoing out = task.format().build(task.message(), task.event());
    if (out == null) {
      scheduled.decrementAndGet(); // nothing to say for this event (or no URL any more)
      return;
    }
    if (attempt == 1 && task.extraCopy()) {
      duplicatesInjected.incrementAndGet();
    }
    int batchSize = task.format().batchSize(task.event());
    if (attempt == 1 && batchSize > 1) {
      collect(task, out, batchSize);
      return;
    }
    if (post(out, task.message(), task.event(), 1, attempt)) {
      delivered.incrementAndGet();
      return;
    }
    retryLater(1, attempt, first, () -> attempt(task, attempt + 1, first));
  }

  /**
   * Adds a callback due now to the open batch of its URL: the batch goes when it holds {@code
   * batchSize} callbacks, or {@link #BATCH_WINDOW_MS} after its first one, whichever comes first.
   */
  private void collect(Task task, CallbackFormat.Outgoing out, int batchSize) {
    Batch[] full = new Batch[1];
    Batch[] opened = new Batch[1];
    collecting.compute(
        out.url(),
        (url, batch) -> {
          if (batch == null) {
            batch = new Batch(task.format(), task.epoch(), new ArrayList<>(batchSize));
            opened[0] = batch;
          }
          batch.items().add(new Pending(task, out));
          if (batch.items().size() >= batchSize) {
            full[0] = batch;
            return null;
          }
          return batch;
        });
    if (full[0] != null) {
      sendBatch(full[0]);
    } else if (opened[0] != null) {
      Batch batch = opened[0];
      timer.schedule(
          () -> {
            if (collecting.remove(out.url(), batch)) {
              sendBatch(batch);
            }
          },
          BATCH_WINDOW_MS,
          TimeUnit.MILLISECONDS);
    }
  }

  private void sendBatch(Batch batch) {
    List<CallbackFormat.Outgoing> outs = new ArrayList<>(batch.items().size());
    batch.items().forEach(p -> outs.add(p.out()));
    attemptBatch(batch, batch.format().batch(outs), 1, System.currentTimeMillis());
  }

  private void attemptBatch(Batch batch, CallbackFormat.Outgoing out, int attempt, long first) {
    if (batch.epoch() != epoch.get()) {
      return; // reset since it was collected
    }
    Task head = batch.items().get(0).task();
    int size = batch.items().size();
    if (post(out, head.message(), head.event(), size, attempt)) {
      delivered.addAndGet(size);
      return;
    }
    retryLater(size, attempt, first, () -> attemptBatch(batch, out, attempt + 1, first));
  }

  /** Makes one request and records it in the recent attempts; true when answered 200. */
  private boolean post(
      CallbackFormat.Outgoing out,
      SimMessage message,
      CallbackEvent event,
      int callbacks,
      int attempt) {
    int status = 0;
    String error = null;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(out.url())).timeout(requestTimeout);
      if (out.body() == null) {
        request.GET();
      } else {
        request
            .header("Content-Type", out.contentType())
            .method(out.method(), HttpRequest.BodyPublishers.ofString(out.body()));
      }
      status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.FINE, "callback to " + out.url() + " failed", e);
    }
    remember(message, event, out, callbacks, attempt, status, error);
    return status == 200;
  }

  /**
   * Counts a failed request and tries again after a doubling delay, or gives its {@code callbacks}
   * up once the retry window is over.
   */
  private void retryLater(int callbacks, int attempt, long first, Runnable again) {
    if (Thread.currentThread().isInterrupted()) {
      return; // shutting down
    }
    failedAttempts.incrementAndGet();
    long delay = Math.min(retryMaxMs, retryInitialMs << Math.min(20, attempt - 1));
    if (System.currentTimeMillis() + delay - first > retryWindowMs) {
      givenUp.addAndGet(callbacks);
      return;
    }
    timer.schedule(again, delay, TimeUnit.MILLISECONDS);
  }

  private void remember(
      SimMessage message,
      CallbackEvent event,
      CallbackFormat.Outgoing out,
      int callbacks,
      int attempt,
      int status,
      String error) {
    long seq = recentSeq.incrementAndGet();
    String body = out.body();
    if (body != null && body.length() > RECENT_BODY) {
      body = body.substring(0, RECENT_BODY);
    }
    recent.set(
        (int) (seq % RECENT),
        new Attempt(
            seq,
            System.currentTimeMillis(),
            message.provider().pathName(),
            message.messageId(),
            message.ourId(),
            event.name().toLowerCase(),
            callbacks,
            out.method(),
            out.url(),
            attempt,
            status,
            error,
            body));
  }

  public List<Attempt> recent(int limit) {
    List<Attempt> out = new ArrayList<>();
    long newest = recentSeq.get();
    for (long seq = newest; seq > 0 && seq > newest - RECENT && out.size() < limit; seq--) {
      Attempt a = recent.get((int) (seq % RECENT));
      if (a != null && a.seq() == seq) {
        out.add(a);
      }
    }
    return out;
  }

  public Stats stats() {
    long done = delivered.get() + givenUp.get();
    return new Stats(
        scheduled.get(),
        delivered.get(),
        failedAttempts.get(),
        givenUp.get(),
        Math.max(0, scheduled.get() - done),
        duplicatesInjected.get(),
        outOfOrderInjected.get(),
        dropped.get(),
        droppedByFault.get());
  }

  /** Forgets every pending callback and the counters. */
  public void reset() {
    epoch.incrementAndGet();
    timer.getQueue().clear();
    collecting.clear();
    scheduled.set(0);
    delivered.set(0);
    failedAttempts.set(0);
    givenUp.set(0);
    duplicatesInjected.set(0);
    outOfOrderInjected.set(0);
    dropped.set(0);
    droppedByFault.set(0);
    for (int i = 0; i < RECENT; i++) {
      recent.set(i, null);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    clientExecutor.shutdownNow();
  }

  /**
   * Callback counters, a batch counted as its callbacks but in {@code failed_attempts}, which
   * counts requests; {@code pending} are scheduled and neither answered 200 nor given up; {@code
   * duplicates_injected} are the extra copies of callbacks sent by {@code duplicate_callback} (with
   * 3 copies, 2 per callback, counted at their first attempt, not again when retried); {@code
   * dropped} messages got no callbacks because {@code pending} had reached its limit; {@code
   * dropped_by_fault} messages got none because a {@code drop_callback} rule matched them.
   */
  public record Stats(
      long scheduled,
      long delivered,
      long failedAttempts,
      long givenUp,
      long pending,
      long duplicatesInjected,
      long outOfOrderInjected,
      long dropped,
      long droppedByFault) {}

  /**
   * One request to a callback URL, for the control API; {@code callbacks} > 1 for a batch, then the
   * ids and event are those of its first callback.
   */
  public record Attempt(
      long seq,
      long time,
      String provider,
      String messageId,
      String ourId,
      String event,
      int callbacks,
      String method,
      String url,
      int attempt,
      int status,
      String error,
      String body) {}

  private record Timed(CallbackEvent event, long at) {}

  /** A callback built and waiting in a batch. */
  private record Pending(Task task, CallbackFormat.Outgoing out) {}

  /**
   * Callbacks to one URL going together; its list is changed only inside {@code compute}. A class,
   * not a record: {@code collecting.remove(url, batch)} must match this batch, not an equal one.
   */
  private static final class Batch {
    private final CallbackFormat format;
    private final int epoch;
    private final List<Pending> items;

    Batch(CallbackFormat format, int epoch, List<Pending> items) {
      this.format = format;
      this.epoch = epoch;
      this.items = items;
    }

    CallbackFormat format() {
      return format;
    }

    int epoch() {
      return epoch;
    }

    List<Pending> items() {
      return items;
    }
  }

  /**
   * One callback to send: an event of a message, whether it is an extra copy (counted in {@code
   * duplicates_injected}), and the reset epoch it was planned in.
   */
  private record Task(
      CallbackFormat format,
      SimMessage message,
      CallbackEvent event,
      boolean extraCopy,
      int epoch) {}

  static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "simulator-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
