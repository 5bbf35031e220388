package io.cascade.launcher;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The servers of one stack, stopped in reverse order of start, and watched while they run. The
 * first one that stops by itself (a child process that exits, a server reused from elsewhere that
 * stops answering) is reported at once, and then every other is stopped: a run never goes on with a
 * part of it gone. Nothing is restarted, a restart loop would hide a crash. Stops that {@link
 * #close} causes are expected and not reported.
 */
final class Supervisor implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Supervisor.class.getName());

  private record Server(String name, AutoCloseable server) {}

  private final Consumer<String> report;
  private final Duration probeInterval;
  private final int missesAllowed;
  private final ScheduledExecutorService watcher;
  private final Deque<Server> started = new ArrayDeque<>();
  private final CompletableFuture<String> stoppedByItself = new CompletableFuture<>();
  private boolean closed;
  private String failure;

  /**
   * @param report told once, at once, what stopped by itself (name, exit code, log)
   * @param probeInterval how often a reused server is asked whether it still answers
   * @param missesAllowed how many unanswered probes in a row mean that it is gone
   */
  Supervisor(Consumer<String> report, Duration probeInterval, int missesAllowed) {
    this.report = report;
    this.probeInterval = probeInterval;
    this.missesAllowed = missesAllowed;
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "cascade-supervisor");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A child process: stopped by {@link #close}, reported when it (or its server) ends before. */
  void adopt(ManagedProcess child) {
    adopt(child.name(), child, child.ended(), () -> child.exitReport(""));
  }

  /**
   * A server: stopped by {@link #close}; when {@code exit} completes before, {@code whatHappened}
   * is reported. With no {@code exit} (null) it is only stopped.
   */
  synchronized void adopt(
      String name, AutoCloseable server, CompletableFuture<?> exit, Supplier<String> whatHappened) {
    if (closed) {
      stop(new Server(name, server));
      throw new LaunchException(
          "The platform is stopping" + (failure == null ? "" : ": " + failure));
    }
    started.push(new Server(name, server));
    if (exit != null) {
      exit.thenRunAsync(() -> stoppedByItself(whatHappened.get()), watcher);
    }
  }

  /**
   * A server this run uses but did not start (and does not stop): asked every probe interval, and
   * reported as gone after {@code missesAllowed} unanswered probes in a row.
   */
  synchronized void watchReused(String name, BooleanSupplier answers) {
    if (closed) {
      return;
    }
    AtomicInteger misses = new AtomicInteger();
    long millis = probeInterval.toMillis();
    watcher.scheduleWithFixedDelay(
        () -> {
          if (answers.getAsBoolean()) {
            misses.set(0);
          } else if (misses.incrementAndGet() >= missesAllowed) {
            stoppedByItself(name + " stopped answering (" + misses + " checks in a row)");
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  /** Completes with what happened once a server stopped by itself and the others were stopped. */
  CompletableFuture<String> stoppedByItself() {
    return stoppedByItself;
  }

  /** What stopped by itself, if anything did. */
  synchronized Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  private void stoppedByItself(String whatHappened) {
    synchronized (this) {
      if (closed) {
        return;
      }
      failure = whatHappened;
    }
    report.accept(whatHappened);
    close();
    stoppedByItself.complete(whatHappened);
  }

  /** Stops every server it adopted, the last started first; stops watching first. */
  @Override
  public synchronized void close() {
    closed = true;
    watcher.shutdown();
    while (!started.isEmpty()) {
      stop(started.pop());
    }
  }

  private static void stop(Server server) {
    try {
      server.server().close();
    } catch (Exception e) {
      LOG.warning("Could not stop " + server.name() + ": " + e.getMessage());
    }
  }
}
