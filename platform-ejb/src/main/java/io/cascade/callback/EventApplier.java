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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loop that applies stored receipts on each node, batch after batch while any are due, then
 * waits until a new group is stored or a waiting receipt falls due; every few seconds it also
 * reconciles sent messages whose final report is overdue ({@link Reconciliation}). Nodes share the
 * work through the database alone (a batch skips receipts another node holds).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventApplier {

  private static final Logger LOG = Logger.getLogger(EventApplier.class.getName());

  /** Receipts applied in one transaction. */
  static final int BATCH = 500;

  /** The longest wait between looks: waiting receipts fall due without any wake-up. */
  private static final Duration IDLE = Duration.ofMillis(500);

  /** How often overdue messages are looked for (a round at a time while many are). */
  private static final Duration RECONCILE_EVERY = Duration.ofSeconds(5);

  @Resource private ManagedThreadFactory threads;
  @EJB private ApplyBatch batch;
  @EJB private Reconciliation reconciliation;

  private final Object signal = new Object();
  private volatile boolean stopping;
  private volatile boolean woken;
  private Thread loop;

  @PostConstruct
  void start() {
    loop = threads.newThread(this::loop);
    loop.setName("cascade-callback-applier");
    loop.start();
  }

  @PreDestroy
  void stop() {
    stopping = true;
    wake();
    try {
      loop.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Receipts were stored: apply them now rather than after the idle wait. */
  public void wake() {
    woken = true;
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  private void loop() {
    long nextReconciliation = System.currentTimeMillis();
    while (!stopping) {
      int taken = 0;
      try {
        woken = false;
        taken = batch.applyDue(BATCH);
        if (System.currentTimeMillis() >= nextReconciliation) {
          if (reconciliation.round() < Reconciliation.BATCH) {
            nextReconciliation = System.currentTimeMillis() + RECONCILE_EVERY.toMillis();
          }
        }
      } catch (RuntimeException e) {
        // the database is gone for a moment, or two nodes met on one message: try again
        LOG.log(Level.WARNING, "Applying callbacks failed: " + e, e);
        nextReconciliation = System.currentTimeMillis() + RECONCILE_EVERY.toMillis();
      }
      if (taken < BATCH && !stopping && !woken) {
        synchronized (signal) {
          try {
            signal.wait(IDLE.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }
}
