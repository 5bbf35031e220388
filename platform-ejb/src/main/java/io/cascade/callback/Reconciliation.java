package io.cascade.callback;

import io.cascade.dispatch.DispatchSettings;
import io.cascade.dispatch.MessageStore;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.provider.EventType;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderRegistry;
import io.cascade.provider.StatusQuery;
import io.cascade.provideraccount.ProviderClients;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sent messages whose final report did not come within their TTLs plus a grace: the provider is
 * asked where it can answer (Hyber by our {@code extra_id}, DecisionTelecom by its message id for
 * five days) and its answer applies like a report; a message still without a final status then, or
 * of a provider that cannot be asked (Messaggio), is EXPIRED with the reason. A provider that
 * cannot be reached now is asked again in the next rounds, for a day.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

  private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

  /** Messages looked at in one round. */
  static final int BATCH = 200;

  /** DecisionTelecom answers status queries for messages of the last five days. */
  private static final Duration ASK_WITHIN = Duration.ofDays(5);

  /** How long an unreachable provider is asked again before its messages expire anyway. */
  private static final Duration KEEP_ASKING = Duration.ofDays(1);

  private static final Set<EventType> FINAL =
      EnumSet.of(EventType.DELIVERED, EventType.UNDELIVERED, EventType.EXPIRED);

  @PersistenceContext private EntityManager em;
  @EJB private MessageStore store;
  @EJB private ApplyBatch batch;
  @Inject private ProviderClients clients;
  @Inject private DispatchSettings settings;

  private record Account(String tenantId, UUID accountId) {}

  /**
   * @return messages looked at (fewer than {@link #BATCH}: nothing more is overdue now)
   */
  public int round() {
    List<MessageStore.Overdue> due = store.overdue(settings.reconcileGrace(), BATCH);
    Map<Account, List<MessageStore.Overdue>> byAccount =
        due.stream()
            .collect(
                Collectors.groupingBy(
                    o -> new Account(o.tenantId(), o.accountId()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    byAccount.forEach(
        (account, messages) ->
            TenantContext.runAs(account.tenantId(), () -> settle(account, messages)));
    return due.size();
  }

  private void settle(Account key, List<MessageStore.Overdue> messages) {
    ProviderAccount account = em.find(ProviderAccount.class, key.accountId());
    if (account == null) {
      Map<UUID, String> why = new HashMap<>();
      messages.forEach(
          m -> why.put(m.id(), "No final report came, and its provider account was deleted"));
      batch.settleOverdue(key.tenantId(), key.accountId(), null, Map.of(), why);
      return;
    }
    ProviderCapabilities capabilities = ProviderRegistry.capabilities(account.getProvider());
    String provider = account.getProvider().displayName();
    ProviderClient client = capabilities.statusQuery() ? clients.forAccount(account) : null;
    Map<UUID, List<ProviderEvent>> answers = new HashMap<>();
    Map<UUID, String> expireWhy = new HashMap<>();
    Instant now = Instant.now();
    for (MessageStore.Overdue m : messages) {
      String late =
          "No final report came within its TTLs ("
              + m.reportWithinSeconds()
              + " s) and "
              + settings.reconcileGrace().toSeconds()
              + " s more";
      StatusQuery query = query(capabilities, m);
      if (client == null || query == null || m.sentAt().isBefore(now.minus(ASK_WITHIN))) {
        expireWhy.put(m.id(), late + "; " + provider + " cannot be asked for it");
        continue;
      }
      try {
        List<ProviderEvent> events =
            client.queryStatus(query).stream().map(e -> ours(e, m.id())).toList();
        answers.put(m.id(), events);
        boolean settled = events.stream().anyMatch(e -> FINAL.contains(e.type()));
        if (!settled) {
          expireWhy.put(
              m.id(),
              late
                  + "; asked, "
                  + provider
                  + (events.isEmpty() ? " does not know it" : " still has it in progress"));
        }
      } catch (RuntimeException e) {
        if (m.sentAt().isBefore(now.minus(KEEP_ASKING))) {
          expireWhy.put(m.id(), late + "; " + provider + " could not be asked: " + e.getMessage());
        }
      }
    }
    int settled =
        batch.settleOverdue(
            key.tenantId(), key.accountId(), account.getProvider(), answers, expireWhy);
    LOG.info(
        () ->
            "Reconciled "
                + messages.size()
                + " messages overdue at "
                + provider
                + " account "
                + key.accountId()
                + ": "
                + settled
                + " settled");
  }

  /** By our id where the provider finds messages by it, else by its own id. */
  private static StatusQuery query(ProviderCapabilities capabilities, MessageStore.Overdue m) {
    if (capabilities.statusByOurId()) {
      return StatusQuery.byMessageId(m.id().toString());
    }
    return m.providerMessageId() == null
        ? null
        : StatusQuery.byProviderMessageId(m.providerMessageId());
  }

  /** The event as naming our message (a status answer may name only the provider's id). */
  private static ProviderEvent ours(ProviderEvent e, UUID id) {
    return new ProviderEvent(
        e.type(),
        e.providerMessageId(),
        id.toString(),
        e.channel(),
        e.at(),
        e.reason(),
        e.errorCode(),
        e.text(),
        e.count(),
        e.details());
  }
}
