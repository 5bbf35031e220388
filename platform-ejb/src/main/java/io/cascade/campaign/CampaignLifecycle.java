package io.cascade.campaign;

import io.cascade.dispatch.Dispatcher;
import io.cascade.dispatch.MessageStore;
import io.cascade.domain.campaign.Campaign;
import io.cascade.domain.campaign.CampaignState;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The campaign changes that no person asks for: the start at its time (from Quartz), completion
 * when every message has its outcome, and the pause when the provider refuses the account or stops
 * answering (from dispatch). Jobs and the dispatcher call it without a caller, as a tenant.
 */
@Stateless
@PermitAll
public class CampaignLifecycle {

  private static final Logger LOG = Logger.getLogger(CampaignLifecycle.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private MessageStore store;
  @EJB private Dispatcher dispatcher;
  @Resource private SessionContext session;

  /** The start job: starts the campaign as its tenant and wakes the dispatcher. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void startAs(String tenant, UUID campaignId) {
    boolean started =
        TenantContext.callAs(
            tenant, () -> session.getBusinessObject(CampaignLifecycle.class).start(campaignId));
    if (started) {
      dispatcher.wake();
    }
  }

  /**
   * SCHEDULED -> RUNNING, with its messages made in the same transaction: a trigger that fires
   * twice (or again on another node after a crash) finds it running and does nothing.
   *
   * @return whether it started now
   */
  public boolean start(UUID campaignId) {
    Campaign campaign = locked(campaignId);
    if (campaign == null || campaign.getState() != CampaignState.SCHEDULED) {
      return false;
    }
    String tenant = TenantContext.current().orElseThrow();
    // started when the trigger took it: making the messages is part of the run
    Instant startedAt = Instant.now();
    MessageStore.Made made = store.make(tenant, campaignId, campaign.hasWindow());
    campaign.start(startedAt, made.messages(), made.suppressed());
    MessageTemplate template = em.find(MessageTemplate.class, campaign.getTemplateId());
    if (template != null) {
      campaign.fixCascade(template.content());
    }
    LOG.info(
        () ->
            "Campaign "
                + campaignId
                + " of "
                + tenant
                + " started: "
                + made.messages()
                + " messages, "
                + made.suppressed()
                + " suppressed, made in "
                + Duration.between(startedAt, Instant.now()).toMillis()
                + " ms");
    return true;
  }

  /** RUNNING -> COMPLETED once nothing is left to send or to hear back from dispatch. */
  public boolean completeIfDone(UUID campaignId) {
    // asked every round: the lock only once nothing is left (and the state read under it)
    if (store.hasWork(TenantContext.current().orElseThrow(), campaignId)) {
      return false;
    }
    Campaign campaign = locked(campaignId);
    if (campaign == null
        || campaign.getState() != CampaignState.RUNNING
        || store.hasWork(campaign.getTenantId(), campaignId)) {
      return false;
    }
    campaign.complete(Instant.now());
    return true;
  }

  /** RUNNING -> PAUSED with the provider's reason; a person resumes it. */
  public void pause(UUID campaignId, String reason) {
    Campaign campaign = locked(campaignId);
    if (campaign != null && campaign.getState() == CampaignState.RUNNING) {
      campaign.pause(reason);
      LOG.warning(() -> "Campaign " + campaignId + " paused: " + reason);
    }
  }

  /**
   * The campaign, locked for this transaction (so a trigger on two nodes, or dispatch and a person,
   * change it one after the other). A query rather than a locked find: find would join the list ids
   * and Hibernate would then lock in a second select, warning each time.
   */
  private Campaign locked(UUID campaignId) {
    return em.createQuery("select c from Campaign c where c.id = :id", Campaign.class)
        .setParameter("id", campaignId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The campaign as dispatch needs it now, or null when it is not running. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Campaign running(UUID campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId);
    return campaign != null && campaign.getState() == CampaignState.RUNNING ? campaign : null;
  }
}
