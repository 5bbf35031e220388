package io.cascade.campaign;

import io.cascade.audience.AudienceService;
import io.cascade.dispatch.Dispatcher;
import io.cascade.dispatch.MessageStore;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.campaign.Campaign;
import io.cascade.domain.campaign.CampaignDesign;
import io.cascade.domain.campaign.CampaignState;
import io.cascade.domain.campaign.IllegalTransitionException;
import io.cascade.domain.message.MessageState;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.domain.template.SampleRecipient;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendRequest;
import io.cascade.provideraccount.ProviderAccountSettings;
import io.cascade.provideraccount.ProviderClients;
import io.cascade.template.LintReport;
import io.cascade.template.TemplateDesign;
import io.cascade.template.TemplateService;
import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The current tenant's campaigns, as tenant admins and campaign managers handle them; analysts read
 * them (the methods marked so) and change nothing. Scheduling checks that the campaign can be sent
 * (template, account and lists fit together, every variable the template uses is a column of every
 * list), locks the template version and sets the start.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER})
public class CampaignService {

  @PersistenceContext private EntityManager em;
  @EJB private TemplateService templates;
  @EJB private AudienceService audiences;
  @EJB private CampaignScheduler scheduler;
  @EJB private MessageStore store;
  @EJB private Dispatcher dispatcher;
  @Inject private ProviderClients clients;
  @Inject private ProviderAccountSettings accountSettings;
  @Resource private SessionContext session;

  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  public List<Campaign> list() {
    return em.createQuery("select c from Campaign c order by c.createdAt desc", Campaign.class)
        .getResultList();
  }

  /** A page of the campaigns the filter shows, newest first (JPQL: the tenant filter applies). */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  public List<Campaign> page(CampaignFilter filter, int first, int size) {
    return query(filter, "select c", " order by c.createdAt desc, c.id", Campaign.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  public long count(CampaignFilter filter) {
    return query(filter, "select count(c)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(CampaignFilter f, String select, String order, Class<T> type) {
    String name = f.namePattern();
    StringBuilder jpql = new StringBuilder(select + " from Campaign c where 1 = 1");
    if (f.state() != null) {
      jpql.append(" and c.state = :state");
    }
    if (name != null) {
      jpql.append(" and lower(c.name) like :name");
    }
    TypedQuery<T> q = em.createQuery(jpql + order, type);
    if (f.state() != null) {
      q.setParameter("state", f.state());
    }
    if (name != null) {
      q.setParameter("name", name);
    }
    return q;
  }

  /**
   * How far each of the campaigns has got, from their kept counters, in one query; a campaign of
   * another tenant, or one without messages yet, gets {@link CampaignProgress#NONE}.
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<UUID, CampaignProgress> progressOf(Collection<UUID> ids) {
    Map<UUID, Map<MessageState, Long>> counts = store.countsOf(tenant(), ids);
    Map<UUID, CampaignProgress> progress = new LinkedHashMap<>();
    for (UUID id : ids) {
      Map<MessageState, Long> byState = counts.get(id);
      progress.put(id, byState == null ? CampaignProgress.NONE : new CampaignProgress(byState));
    }
    return progress;
  }

  /**
   * The campaign with the names of its template (and the version it sends) and its account. Read
   * here rather than through the template and account services, whose callers must be allowed to
   * change them.
   *
   * @throws CampaignNotFoundException also for another tenant's campaign
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  public CampaignDetails details(UUID id) {
    Campaign campaign = get(id);
    MessageTemplate template = em.find(MessageTemplate.class, campaign.getTemplateId());
    ProviderAccount account = em.find(ProviderAccount.class, campaign.getAccountId());
    return new CampaignDetails(
        campaign,
        template == null ? null : template.getName(),
        template == null ? 0 : template.getRevision(),
        account == null ? null : account.getName(),
        account == null ? null : account.getProvider().displayName());
  }

  /**
   * @throws CampaignNotFoundException also for another tenant's campaign
   */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  public Campaign get(UUID id) {
    Campaign campaign = id == null ? null : em.find(Campaign.class, id);
    if (campaign == null) {
      throw new CampaignNotFoundException(id);
    }
    return campaign;
  }

  public Campaign create(CampaignDesign design) {
    Campaign campaign = new Campaign(design, Instant.now());
    requireReferences(campaign);
    em.persist(campaign);
    return campaign;
  }

  /**
   * A new draft with the design of this one, named "... (copy)" and without a start time (see
   * {@link Campaign#designForCopy}); its template, account and lists must still be the tenant's.
   */
  public Campaign copy(UUID id) {
    return create(get(id).designForCopy());
  }

  /**
   * Deletes a draft.
   *
   * @throws IllegalTransitionException for any other state: a campaign that was scheduled keeps its
   *     record
   */
  public void delete(UUID id) {
    Campaign campaign = get(id);
    campaign.requireDeletable();
    em.remove(campaign);
  }

  /** Changes a draft or a scheduled campaign; a scheduled one is checked again and moved. */
  public Campaign update(UUID id, CampaignDesign design) {
    Campaign campaign = get(id);
    campaign.change(design);
    requireReferences(campaign);
    if (campaign.getState() == CampaignState.SCHEDULED) {
      requireSendable(campaign);
      scheduler.scheduleStart(tenant(), id, startOf(campaign));
    }
    return campaign;
  }

  /**
   * DRAFT -> SCHEDULED: refused with every reason it could not be sent; the template version is
   * locked, so later edits become new versions.
   */
  public Campaign schedule(UUID id) {
    Campaign campaign = get(id);
    campaign.schedule();
    requireSendable(campaign);
    templates.lock(campaign.getTemplateId());
    scheduler.scheduleStart(tenant(), id, startOf(campaign));
    return campaign;
  }

  public Campaign pause(UUID id) {
    Campaign campaign = get(id);
    campaign.pause("Paused by " + session.getCallerPrincipal().getName());
    return campaign;
  }

  /** PAUSED -> RUNNING: continues where it stopped; nothing already sent is sent again. */
  public Campaign resume(UUID id) {
    Campaign campaign = get(id);
    campaign.resume();
    dispatcher.wake();
    return campaign;
  }

  /** Nothing more is sent: the start is removed, what was not sent is cancelled. */
  public Campaign cancel(UUID id) {
    Campaign campaign = get(id);
    CampaignState was = campaign.getState();
    campaign.cancel(Instant.now());
    if (was == CampaignState.SCHEDULED || was == CampaignState.AWAITING_APPROVAL) {
      scheduler.cancelStart(id);
    }
    store.cancelUnsent(tenant(), id);
    return campaign;
  }

  /** A person chose to send again the messages whose fate is unknown. */
  public Campaign resendUnknown(UUID id) {
    Campaign campaign = get(id);
    campaign.resendUnknown();
    store.resendUnknown(tenant(), id);
    dispatcher.wake();
    return campaign;
  }

  /** Messages per state, the suppressed, and who waits for their send window until when. */
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CampaignCounts counts(UUID id) {
    Campaign campaign = get(id);
    Map<MessageState, Long> byState = store.counts(tenant(), id);
    long waiting = 0;
    Instant opensAt = null;
    if (campaign.hasWindow()) {
      Instant now = Instant.now();
      for (var zone : store.pendingByZone(tenant(), id).entrySet()) {
        ZoneId zoneId = ZoneId.of(zone.getKey());
        if (!inWindow(campaign, now, zoneId)) {
          waiting += zone.getValue();
          Instant opens = nextOpening(campaign, now, zoneId);
          opensAt = opensAt == null || opens.isBefore(opensAt) ? opens : opensAt;
        }
      }
    }
    Map<String, Map<String, Long>> hops = new LinkedHashMap<>(store.otherCounts(tenant(), id));
    Map<String, Long> reactions = hops.remove("message");
    return new CampaignCounts(
        byState,
        campaign.getSuppressed(),
        waiting,
        opensAt,
        hops,
        reactions == null ? Map.of() : reactions);
  }

  static boolean inWindow(Campaign c, Instant at, ZoneId zone) {
    LocalTime local = at.atZone(zone).toLocalTime();
    LocalTime start = c.getWindowStart();
    LocalTime end = c.getWindowEnd();
    return start.isBefore(end)
        ? !local.isBefore(start) && local.isBefore(end)
        : !local.isBefore(start) || local.isBefore(end);
  }

  static Instant nextOpening(Campaign c, Instant after, ZoneId zone) {
    ZonedDateTime local = after.atZone(zone);
    LocalDate day = local.toLocalDate();
    ZonedDateTime today = day.atTime(c.getWindowStart()).atZone(zone);
    return (today.isAfter(local) ? today : day.plusDays(1).atTime(c.getWindowStart()).atZone(zone))
        .toInstant();
  }

  /**
   * Sends the campaign's template to one phone through its account, now, and answers what the
   * provider said; no campaign message is made. The provider is called outside any transaction.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TestSendResult testSend(UUID id, String phone) {
    Campaign campaign = get(id);
    PhoneNumber number;
    try {
      number = PhoneNumber.parse(phone, null);
    } catch (RuntimeException e) {
      throw new InvalidFieldException("phone", Campaign.text("testSend.phone"));
    }
    ProviderAccount account = account(campaign);
    MessageTemplate template = template(campaign);
    Recipient recipient =
        new Recipient(
            "test-" + UUID.randomUUID().toString().substring(0, 8),
            number,
            SampleRecipient.parse(template.getSampleVariables()).variables());
    MultichannelContent content = template.content();
    SendRequest request =
        new SendRequest(
            List.of(recipient),
            content,
            URI.create(accountSettings.callbackUrl(account)),
            null,
            campaign.getName(),
            Map.of(),
            1);
    try {
      SendOutcome outcome = clients.forAccount(account).send(request).outcomes().get(0);
      if (outcome instanceof SendOutcome.Accepted a) {
        return new TestSendResult(
            true,
            "ACCEPTED",
            account.getProvider().displayName()
                + " accepted the test message"
                + (a.providerMessageId() == null ? "" : ", message id " + a.providerMessageId()));
      }
      if (outcome instanceof SendOutcome.Rejected r) {
        return new TestSendResult(false, r.code(), r.text());
      }
      if (outcome instanceof SendOutcome.Retryable r) {
        return new TestSendResult(false, r.code(), r.text());
      }
      if (outcome instanceof SendOutcome.Halt h) {
        return new TestSendResult(false, h.code(), h.text());
      }
      return new TestSendResult(false, "NO_ANSWER", ((SendOutcome.Unknown) outcome).text());
    } catch (LimitViolationException e) {
      return new TestSendResult(false, "REFUSED", e.getMessage());
    }
  }

  private Instant startOf(Campaign campaign) {
    Instant now = Instant.now();
    return campaign.getStartAt().isBefore(now) ? now : campaign.getStartAt();
  }

  /** The template, account and lists must be the tenant's. */
  private void requireReferences(Campaign campaign) {
    List<FieldProblem> problems = new ArrayList<>();
    if (templates.find(campaign.getTemplateId()).isEmpty()) {
      problems.add(problem("templateId", "template.notFound", campaign.getTemplateId()));
    }
    if (em.find(ProviderAccount.class, campaign.getAccountId()) == null) {
      problems.add(problem("accountId", "account.notFound", campaign.getAccountId()));
    }
    for (UUID listId : campaign.getListIds()) {
      if (audiences.findList(listId).isEmpty()) {
        problems.add(problem("listIds", "list.notFound", listId));
      }
    }
    throwIfAny(problems);
  }

  /** Everything that would keep the campaign from being sent, at once. */
  private void requireSendable(Campaign campaign) {
    List<FieldProblem> problems = new ArrayList<>();
    ProviderAccount account = account(campaign);
    MessageTemplate template = template(campaign);
    if (!account.isEnabled()) {
      problems.add(problem("accountId", "account.disabled", account.getName()));
    }
    if (template.getProvider() != account.getProvider()) {
      problems.add(
          problem(
              "accountId",
              "provider.mismatch",
              template.getProvider().displayName(),
              account.getName(),
              account.getProvider().displayName()));
    } else {
      LintReport lint =
          templates.lint(
              new TemplateDesign(
                  template.getName(),
                  template.getProvider(),
                  template.getChannels(),
                  template.getSampleVariables(),
                  null));
      if (lint.hasErrors()) {
        problems.add(
            problem(
                "templateId",
                "template.invalid",
                lint.errors().stream().map(i -> i.message()).collect(Collectors.joining(" "))));
      }
    }
    Set<String> used = template.variableNames();
    for (UUID listId : campaign.getListIds()) {
      ContactList list = audiences.findList(listId).orElse(null);
      if (list == null) {
        continue;
      }
      Set<String> columns = new LinkedHashSet<>(audiences.variableNames(listId));
      for (String variable : used) {
        if (!columns.contains(variable)) {
          problems.add(
              problem(
                  "listIds",
                  "variable.missing",
                  variable,
                  list.getName(),
                  columns.isEmpty() ? "—" : String.join(", ", columns)));
        }
      }
    }
    throwIfAny(problems);
  }

  private ProviderAccount account(Campaign campaign) {
    ProviderAccount account = em.find(ProviderAccount.class, campaign.getAccountId());
    if (account == null) {
      throw new InvalidFieldException(
          "accountId", Campaign.text("account.notFound", campaign.getAccountId()));
    }
    return account;
  }

  private MessageTemplate template(Campaign campaign) {
    return templates
        .find(campaign.getTemplateId())
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "templateId", Campaign.text("template.notFound", campaign.getTemplateId())));
  }

  private static FieldProblem problem(String field, String key, Object... values) {
    return new FieldProblem(field, Campaign.text(key, values));
  }

  private static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
  }

  private static String tenant() {
    return TenantContext.current().orElseThrow();
  }
}
