package io.cascade.callback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores callbacks durably in groups: each arriving receipt waits in a bounded queue, a few writers
 * each take everything waiting (up to {@link #GROUP}) and insert it in one transaction, and every
 * receipt of the group is answered when that transaction has committed. Under load, one commit
 * carries hundreds of callbacks; alone, a callback is stored at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallbackInbox {

  private static final Logger LOG = Logger.getLogger(CallbackInbox.class.getName());

  /** Most receipts in one commit. */
  static final int GROUP = 1000;

  /**
   * Receipts waiting at most; beyond it a callback is refused with 503 and the provider retries.
   */
  static final int CAPACITY = 50_000;

  /** Writers committing at once: while one commits, the next group gathers. */
  private static final int WRITERS = 2;

  /**
   * How long a writer that found others waiting behind its first receipt waits for more: a commit
   * costs the same for one receipt as for hundreds, and callbacks come in bursts. A lone callback
   * is stored at once.
   */
  private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(3);

  /** Thrown when the queue is full: the provider should retry later. */
  public static class FullException extends RuntimeException {
    FullException() {
      super("Too many callbacks waiting to be stored; retry later");
    }
  }

  private record Waiting(Receipt receipt, CompletableFuture<Void> stored) {}

  @Resource private ManagedThreadFactory threads;
  @EJB private ReceiptStore store;
  @EJB private EventApplier applier;

  private final BlockingQueue<Waiting> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean stopping;

  @PostConstruct
  void start() {
    for (int i = 0; i < WRITERS; i++) {
      Thread writer = threads.newThread(this::write);
      writer.setName("cascade-callback-writer-" + i);
      writer.start();
      writers.add(writer);
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    for (Thread writer : writers) {
      try {
        writer.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // what is still waiting was never answered 200: the provider sends it again
    List<Waiting> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(w -> w.stored().completeExceptionally(new IllegalStateException("stopping")));
  }

  /**
   * Takes a receipt to store; the stage completes when it is committed (answer 200 then), or fails
   * (answer 5xx, so the provider retries).
   *
   * @throws FullException when too many wait already
   */
  public CompletionStage<Void> store(Receipt receipt) {
    Waiting waiting = new Waiting(receipt, new CompletableFuture<>());
    if (stopping || !queue.offer(waiting)) {
      throw new FullException();
    }
    return waiting.stored();
  }

  private void write() {
    List<Waiting> group = new ArrayList<>(GROUP);
    while (!stopping || !queue.isEmpty()) {
      try {
        Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, GROUP - 1);
        if (group.size() > 1) {
          gather(group);
        }
        store.insert(group.stream().map(Waiting::receipt).toList());
        group.forEach(w -> w.stored().complete(null));
        applier.wake();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not store " + group.size() + " callbacks: " + e, e);
        group.forEach(w -> w.stored().completeExceptionally(e));
      } finally {
        group.clear();
      }
    }
  }

  private void gather(List<Waiting> group) throws InterruptedException {
    long until = System.nanoTime() + GATHER_NANOS;
    while (group.size() < GROUP) {
      Waiting next = queue.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (next == null) {
        return;
      }
      group.add(next);
      queue.drainTo(group, GROUP - group.size());
    }
  }
}
