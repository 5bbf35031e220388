package io.cascade.dispatch;

import io.cascade.campaign.CampaignLifecycle;
import io.cascade.domain.campaign.Campaign;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MessageState;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.shared.DomainException;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.media.MediaService;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderHttpException;
import io.cascade.provider.ProviderRegistry;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendRequest;
import io.cascade.provider.StatusQuery;
import io.cascade.provideraccount.ProviderAccountSettings;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One round of one campaign: claim a batch (committed), send it through the account's client
 * outside any transaction, write every result in one statement. Also the reconciliation of what may
 * have been sent: messages whose answer was lost, and those a dead node had claimed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignRun {

  private static final Logger LOG = Logger.getLogger(CampaignRun.class.getName());

  /** This server, as claims name it (each node of a cluster has its own jboss.node.name). */
  private static final String NODE = System.getProperty("jboss.node.name", "local");

  /** How long after a lost answer the provider is asked about the message. */
  private static final Duration RECONCILE_AFTER = Duration.ofSeconds(30);

  @PersistenceContext private EntityManager em;
  @EJB private MessageStore store;
  @EJB private CampaignLifecycle lifecycle;
  @EJB private Dispatcher dispatcher;
  @EJB private MediaService media;
  @Inject private ProviderClients clients;
  @Inject private ProviderAccountSettings accounts;
  @Inject private DispatchSettings settings;

  /** What a round sends with: the campaign's content, account, client and its capabilities. */
  private record Plan(
      Campaign campaign,
      ProviderAccount account,
      ProviderClient client,
      ProviderCapabilities capabilities,
      MultichannelContent content,
      URI callbackUrl,
      Map<String, String> media) {

    String provider() {
      return account.getProvider().displayName();
    }

    String firstChannel() {
      return content.channels().get(0).name();
    }
  }

  /**
   * One round of the campaign as its tenant.
   *
   * @return whether it had anything to do (the dispatcher waits only when no campaign had)
   */
  public boolean round(String tenant, UUID campaignId) {
    return TenantContext.callAs(tenant, () -> roundAs(tenant, campaignId));
  }

  private boolean roundAs(String tenant, UUID campaignId) {
    Campaign campaign = lifecycle.running(campaignId);
    if (campaign == null) {
      return false;
    }
    Plan plan;
    try {
      plan = plan(campaign);
    } catch (DomainException e) {
      // the account or template is gone, or an image cannot be uploaded: a person must act
      lifecycle.pause(campaignId, e.getMessage());
      return false;
    }
    boolean worked = reconcileUnknown(tenant, plan);
    long claiming = System.nanoTime();
    UUID token = UUID.randomUUID();
    List<Claimed> claimed =
        store.claim(
            tenant,
            campaignId,
            batchSize(plan),
            settings.lease(),
            token,
            NODE,
            campaign.getWindowStart(),
            campaign.getWindowEnd());
    if (claimed.isEmpty()) {
      if (!worked) {
        lifecycle.completeIfDone(campaignId);
      }
      return worked;
    }
    campaign
        .getThrottlePerSecond()
        .ifPresent(rate -> waitForSlot(tenant, campaignId, claimed, rate));
    long sending = System.nanoTime();
    List<Result> results = send(plan, claimed);
    long writing = System.nanoTime();
    store.write(tenant, campaignId, token, results);
    long written = System.nanoTime();
    // where a round's time goes, for whoever tunes the database or the provider's pool
    LOG.fine(
        () ->
            String.format(
                "Campaign %s: %d claimed in %d ms, sent in %d ms, written in %d ms",
                campaignId,
                claimed.size(),
                (sending - claiming) / 1_000_000,
                (writing - sending) / 1_000_000,
                (written - writing) / 1_000_000));
    watchHealth(plan, results);
    return true;
  }

  /** Batch providers take their largest batch; others a batch sent in parallel; a throttle less. */
  private int batchSize(Plan plan) {
    int size =
        plan.capabilities().maxBatchSize() > 1
            ? plan.capabilities().maxBatchSize()
            : settings.singleBatch();
    return plan.campaign()
        .getThrottlePerSecond()
        .map(rate -> Math.min(size, Math.max(1, rate / 10)))
        .orElse(size);
  }

  /** Waits for the slot the shared throttle gives these sends (a tenth of a second at most). */
  private void waitForSlot(String tenant, UUID campaignId, List<Claimed> claimed, int rate) {
    Instant slot = store.reserve(tenant, campaignId, claimed.size(), rate);
    long millis = Duration.between(Instant.now(), slot).toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Plan plan(Campaign campaign) {
    ProviderAccount account = em.find(ProviderAccount.class, campaign.getAccountId());
    if (account == null || !account.isEnabled()) {
      throw new DomainException(
          "The provider account of this campaign was deleted or disabled: choose another, then"
              + " resume.");
    }
    MessageTemplate template = em.find(MessageTemplate.class, campaign.getTemplateId());
    if (template == null) {
      throw new DomainException("The template of this campaign was deleted.");
    }
    MultichannelContent content = campaign.withTtlOverrides(template.content());
    ProviderCapabilities capabilities = ProviderRegistry.capabilities(account.getProvider());
    Map<String, String> uploaded = Map.of();
    Optional<String> image = content.get(ViberContent.class).map(ViberContent::imageUrl);
    if (capabilities.mediaUpload() && image.isPresent()) {
      uploaded = media.imageIds(account.getId(), List.of(image.get()));
    }
    return new Plan(
        campaign,
        account,
        clients.forAccount(account),
        capabilities,
        content,
        URI.create(accounts.callbackUrl(account)),
        uploaded);
  }

  private List<Result> send(Plan plan, List<Claimed> claimed) {
    Map<UUID, Result> results = new LinkedHashMap<>();
    List<Claimed> toSend = new ArrayList<>();
    List<Claimed> retries = new ArrayList<>();
    for (Claimed c : claimed) {
      (c.attempt() > 1 && plan.capabilities().statusByOurId() ? retries : toSend).add(c);
    }
    // a retry after a passing refusal may have gone through anyway (a 503 after processing):
    // where the provider can tell, ask before sending again
    for (Claimed c : retries) {
      Optional<Boolean> known = sentAlready(plan, c.id());
      if (known.orElse(false)) {
        results.put(c.id(), Result.sent(c.id(), null, null, plan.firstChannel()));
      } else {
        toSend.add(c);
      }
    }
    Map<Integer, List<Recipient>> byAttempt = new HashMap<>();
    Map<String, Claimed> byId = new HashMap<>();
    for (Claimed c : toSend) {
      byId.put(c.id().toString(), c);
      try {
        byAttempt
            .computeIfAbsent(c.attempt(), a -> new ArrayList<>())
            .add(new Recipient(c.id().toString(), PhoneNumber.of(c.phone()), c.variables()));
      } catch (DomainException e) {
        results.put(
            c.id(), Result.of(c.id(), MessageState.REJECTED, "PHONE", e.getMessage(), null));
      }
    }
    List<SendOutcome> outcomes = new ArrayList<>();
    byAttempt.forEach((attempt, recipients) -> outcomes.addAll(send(plan, recipients, attempt)));
    Optional<SendOutcome.Halt> halt =
        outcomes.stream()
            .filter(SendOutcome.Halt.class::isInstance)
            .map(SendOutcome.Halt.class::cast)
            .findFirst();
    Instant now = Instant.now();
    for (SendOutcome outcome : outcomes) {
      Claimed c = byId.get(outcome.messageId());
      results.put(c.id(), result(plan, c, outcome, now));
    }
    for (Claimed c : toSend) {
      // a client that gave no outcome for a recipient: never assume it was not sent
      results.putIfAbsent(
          c.id(),
          Result.of(
              c.id(), MessageState.UNKNOWN, "NO_OUTCOME", "No outcome from the client", null));
    }
    halt.ifPresent(
        h ->
            lifecycle.pause(
                plan.campaign().getId(),
                plan.provider()
                    + " refused the account, not the recipients: "
                    + h.code()
                    + " "
                    + h.text()
                    + ". Fix the account, then resume."));
    return new ArrayList<>(results.values());
  }

  /** One provider request per recipient in parallel, or the client's own batches. */
  private List<SendOutcome> send(Plan plan, List<Recipient> recipients, int attempt) {
    List<Recipient> sendable = new ArrayList<>(recipients);
    List<SendOutcome> refused = refuseOverLimits(plan, sendable, attempt);
    List<SendOutcome> outcomes = new ArrayList<>(refused);
    if (sendable.isEmpty()) {
      return outcomes;
    }
    if (plan.capabilities().maxBatchSize() > 1) {
      outcomes.addAll(exchange(plan, sendable, attempt));
      return outcomes;
    }
    List<CompletableFuture<List<SendOutcome>>> inFlight =
        sendable.stream()
            .map(
                r ->
                    CompletableFuture.supplyAsync(
                        () -> exchange(plan, List.of(r), attempt), dispatcher.senders()))
            .toList();
    inFlight.forEach(f -> outcomes.addAll(f.join()));
    return outcomes;
  }

  private List<SendOutcome> exchange(Plan plan, List<Recipient> recipients, int attempt) {
    SendRequest request =
        new SendRequest(
            recipients,
            plan.content(),
            plan.callbackUrl(),
            null,
            plan.campaign().getName(),
            plan.media(),
            attempt);
    try {
      return plan.client().send(request).outcomes();
    } catch (RuntimeException e) {
      // an answer we cannot read may still have been an acceptance: never assume it was not
      LOG.warning(() -> plan.provider() + " send failed: " + e);
      String text = plan.provider() + " answered what we cannot read: " + e.getMessage();
      return recipients.stream()
          .<SendOutcome>map(r -> new SendOutcome.Unknown(r.messageId(), text))
          .toList();
    }
  }

  /**
   * Recipients whose own values break the provider's limits (a personalised text too long) are
   * refused alone, with the limit, so the others go.
   */
  private static List<SendOutcome> refuseOverLimits(
      Plan plan, List<Recipient> recipients, int attempt) {
    SendRequest all =
        new SendRequest(
            recipients, plan.content(), plan.callbackUrl(), null, null, plan.media(), 1);
    if (plan.client().validate(all).isEmpty()) {
      return List.of();
    }
    List<SendOutcome> refused = new ArrayList<>();
    recipients.removeIf(
        r -> {
          List<LimitViolation> violations = plan.client().validate(all.withRecipients(List.of(r)));
          if (violations.isEmpty()) {
            return false;
          }
          refused.add(
              new SendOutcome.Rejected(
                  r.messageId(),
                  "LIMIT",
                  new LimitViolationException(plan.provider(), violations).getMessage()));
          return true;
        });
    return refused;
  }

  private Result result(Plan plan, Claimed c, SendOutcome outcome, Instant now) {
    if (outcome instanceof SendOutcome.Accepted a) {
      return Result.sent(c.id(), a.providerMessageId(), a.jobId(), plan.firstChannel());
    }
    if (outcome instanceof SendOutcome.Rejected r) {
      return Result.of(c.id(), MessageState.REJECTED, r.code(), r.text(), null);
    }
    if (outcome instanceof SendOutcome.Retryable r) {
      return c.attempt() >= settings.maxAttempts()
          ? Result.of(
              c.id(),
              MessageState.REJECTED,
              r.code(),
              r.text() + " (gave up after " + c.attempt() + " tries)",
              null)
          : Result.of(
              c.id(),
              MessageState.RETRY_WAIT,
              r.code(),
              r.text(),
              now.plus(min(r.retryAfter(), settings.retryMax())));
    }
    if (outcome instanceof SendOutcome.Unknown u) {
      return Result.of(
          c.id(),
          MessageState.UNKNOWN,
          "NO_ANSWER",
          u.text(),
          plan.capabilities().statusByOurId() ? now.plus(RECONCILE_AFTER) : null);
    }
    // Halt: the account, not the recipient: back to pending, sent once a person has fixed it
    SendOutcome.Halt h = (SendOutcome.Halt) outcome;
    return Result.of(c.id(), MessageState.PENDING, h.code(), h.text(), null);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * A provider that accepts nothing for longer than the pause threshold (no answer, 5xx, rate
   * limits without end) pauses its campaign with the last answer; resume continues where it
   * stopped.
   */
  private void watchHealth(Plan plan, List<Result> results) {
    UUID id = plan.campaign().getId();
    if (results.stream().anyMatch(r -> r.state() == MessageState.SENT)) {
      dispatcher.failingSince().remove(id);
      return;
    }
    Optional<Result> passing =
        results.stream().filter(r -> r.state() == MessageState.RETRY_WAIT).findFirst();
    if (passing.isEmpty()) {
      return;
    }
    Instant since = dispatcher.failingSince().computeIfAbsent(id, k -> Instant.now());
    if (Duration.between(since, Instant.now()).compareTo(settings.pauseAfter()) > 0) {
      dispatcher.failingSince().remove(id);
      lifecycle.pause(
          id,
          plan.provider()
              + " has accepted nothing for "
              + settings.pauseAfter().toSeconds()
              + " s; its last answer: "
              + passing.get().errorCode()
              + " "
              + passing.get().errorText()
              + ". Resume when it is back: nothing sent is sent again.");
    }
  }

  /**
   * Unknown messages of a provider that finds messages by our id: the provider says whether it has
   * each one (SENT) or not (PENDING, sent again). Others stay unknown for a person to decide.
   */
  private boolean reconcileUnknown(String tenant, Plan plan) {
    if (!plan.capabilities().statusByOurId()) {
      return false;
    }
    List<UUID> due = store.unknownDue(tenant, plan.campaign().getId(), settings.singleBatch());
    if (due.isEmpty()) {
      return false;
    }
    List<CompletableFuture<Optional<Result>>> asked =
        due.stream()
            .map(
                id ->
                    CompletableFuture.supplyAsync(
                        () ->
                            sentAlready(plan, id)
                                .map(
                                    sent ->
                                        sent
                                            ? Result.sent(id, null, null, plan.firstChannel())
                                            : Result.of(
                                                id, MessageState.PENDING, null, null, null)),
                        dispatcher.senders()))
            .toList();
    List<Result> settled =
        asked.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList();
    store.settle(tenant, plan.campaign().getId(), settled, MessageState.UNKNOWN);
    return true;
  }

  /** Whether the provider has the message (empty: it could not say now). */
  private Optional<Boolean> sentAlready(Plan plan, UUID id) {
    try {
      List<ProviderEvent> events =
          plan.client().queryStatus(StatusQuery.byMessageId(id.toString()));
      return Optional.of(!events.isEmpty());
    } catch (ProviderHttpException e) {
      return e.status() == 404 ? Optional.of(false) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Messages a dead (or hung) node had claimed: their requests may have left. Dispatch cannot know,
   * so they become UNKNOWN, reconciled where the provider can tell.
   */
  public void takeUpExpired() {
    List<MessageStore.Expired> expired = store.expired(10_000);
    Map<String, Map<UUID, List<UUID>>> byCampaign =
        expired.stream()
            .collect(
                Collectors.groupingBy(
                    MessageStore.Expired::tenantId,
                    Collectors.groupingBy(
                        MessageStore.Expired::campaignId,
                        Collectors.mapping(MessageStore.Expired::id, Collectors.toList()))));
    byCampaign.forEach(
        (tenant, campaigns) ->
            TenantContext.runAs(
                tenant,
                () ->
                    campaigns.forEach(
                        (campaignId, ids) -> {
                          boolean reconcilable = reconcilable(campaignId);
                          int n =
                              store.expire(
                                  tenant,
                                  campaignId,
                                  ids,
                                  reconcilable,
                                  "The platform stopped while this message was being sent;"
                                      + " whether the provider got it is unknown.");
                          LOG.warning(
                              () ->
                                  n
                                      + " messages of campaign "
                                      + campaignId
                                      + " were in flight when their node stopped: "
                                      + (reconcilable ? "asking the provider" : "marked unknown"));
                        })));
  }

  private boolean reconcilable(UUID campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId);
    ProviderAccount account =
        campaign == null ? null : em.find(ProviderAccount.class, campaign.getAccountId());
    return account != null && ProviderRegistry.capabilities(account.getProvider()).statusByOurId();
  }
}
