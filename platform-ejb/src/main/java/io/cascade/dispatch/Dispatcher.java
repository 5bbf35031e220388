package io.cascade.dispatch;

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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loop that sends every running campaign of every tenant, on each node: a round per campaign
 * (claim a batch, send it, write the results), then, when no campaign had work, a short wait that a
 * start or a resume cuts short. Every few seconds it takes up what a dead node left claimed. Nodes
 * share the work through the database alone (claims skip what another node holds).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  private static final Duration IDLE = Duration.ofMillis(200);
  private static final Duration REAP_EVERY = Duration.ofSeconds(5);

  @Resource private ManagedThreadFactory threads;
  @EJB private MessageStore store;
  @EJB private CampaignRun run;
  @Inject private DispatchSettings settings;

  private final Object signal = new Object();
  private volatile boolean stopping;
  private Thread loop;
  private ExecutorService senders;

  /** When each campaign's provider last failed to accept anything, by campaign (this node). */
  private final Map<UUID, Instant> failingSince = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    senders = Executors.newFixedThreadPool(settings.concurrency(), threads);
    loop = threads.newThread(this::loop);
    loop.setName("cascade-dispatch");
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
    senders.shutdownNow();
  }

  /** A campaign started or resumed: look now instead of after the idle wait. */
  public void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** The threads that send to providers which take one message a request. */
  public ExecutorService senders() {
    return senders;
  }

  /** When each campaign's provider began to accept nothing (this node's view). */
  public Map<UUID, Instant> failingSince() {
    return failingSince;
  }

  private void loop() {
    Instant nextReap = Instant.now();
    while (!stopping) {
      boolean worked = false;
      try {
        if (!Instant.now().isBefore(nextReap)) {
          run.takeUpExpired();
          nextReap = Instant.now().plus(REAP_EVERY);
        }
        List<MessageStore.Active> active = store.active();
        for (MessageStore.Active campaign : active) {
          if (stopping) {
            break;
          }
          worked |= run.round(campaign.tenantId(), campaign.campaignId());
        }
      } catch (RuntimeException e) {
        // the database or a provider is gone for a moment: try again, do not die
        LOG.log(Level.WARNING, "Dispatch round failed: " + e, e);
      }
      if (!worked && !stopping) {
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
