package io.cascade.domain.campaign;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's campaign: one template version to the contacts of one or more lists through one
 * provider account, from a start time, optionally within a send window and a throttle. Its state
 * changes only through the named methods, each refusing what the state does not allow with an
 * {@link IllegalTransitionException}.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  static final String BUNDLE = "io.cascade.domain.campaign.CampaignMessages";

  public static final int NAME_MAX_LENGTH = 200;
  public static final int MAX_LISTS = 20;
  public static final int THROTTLE_MAX = 10_000;
  public static final int REASON_MAX_LENGTH = 1000;

  /** What a copy's name ends with. */
  private static final String COPY_SUFFIX = " (copy)";

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "template_id", nullable = false)
  private UUID templateId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_list", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderColumn(name = "position")
  @Column(name = "list_id", nullable = false)
  private List<UUID> listIds = new ArrayList<>();

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private CampaignState state;

  @Column(name = "start_at")
  private Instant startAt;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "window_start")
  private LocalTime windowStart;

  @Column(name = "window_end")
  private LocalTime windowEnd;

  @Column(name = "throttle_per_second")
  private Integer throttlePerSecond;

  @Column(name = "viber_ttl_seconds")
  private Integer viberTtlSeconds;

  @Column(name = "sms_ttl_seconds")
  private Integer smsTtlSeconds;

  /** Why it is paused or failed, for the person who resumes it. */
  @Column(name = "reason")
  private String reason;

  /** Messages made at start, and the phones left out because they are suppressed. */
  @Column(name = "recipients")
  private Long recipients;

  @Column(name = "suppressed")
  private Long suppressed;

  /** The channels of its cascade in order ("VIBER,SMS"), fixed at the start with its template. */
  @Column(name = "channels")
  private String channels;

  @Column(name = "report_within_seconds")
  private Integer reportWithinSeconds;

  /** A channel's TTL when its content names none: the providers' usual day. */
  static final int DEFAULT_TTL_SECONDS = 86_400;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected Campaign() {}

  /** A new draft; the tenant id is filled in by Hibernate. */
  public Campaign(CampaignDesign design, Instant now) {
    this.id = UUID.randomUUID();
    this.state = CampaignState.DRAFT;
    this.createdAt = now;
    apply(design);
  }

  /** Changes the design; only while a draft or scheduled (a scheduled one moves its start). */
  public void change(CampaignDesign design) {
    if (!state.isEditable()) {
      throw new IllegalTransitionException(state, "edit");
    }
    apply(design);
  }

  /**
   * DRAFT -> SCHEDULED: it will start at its start time, or at once when that has passed.
   *
   * @throws InvalidFieldException when it has no start time
   */
  public void schedule() {
    require(CampaignState.DRAFT, "schedule");
    if (startAt == null) {
      throw new InvalidFieldException("startAt", text("startAt.missing"));
    }
    state = CampaignState.SCHEDULED;
  }

  /** DRAFT -> AWAITING_APPROVAL: a second person must approve before it is scheduled. */
  public void submitForApproval() {
    require(CampaignState.DRAFT, "submit");
    if (startAt == null) {
      throw new InvalidFieldException("startAt", text("startAt.missing"));
    }
    state = CampaignState.AWAITING_APPROVAL;
  }

  /** AWAITING_APPROVAL -> SCHEDULED. */
  public void approve() {
    require(CampaignState.AWAITING_APPROVAL, "approve");
    state = CampaignState.SCHEDULED;
  }

  /** SCHEDULED -> RUNNING, with the messages made for it and the phones it left out. */
  public void start(Instant now, long messages, long suppressedPhones) {
    require(CampaignState.SCHEDULED, "start");
    state = CampaignState.RUNNING;
    startedAt = now;
    recipients = messages;
    suppressed = suppressedPhones;
  }

  /**
   * Keeps the channels of its cascade as they are when it starts (its template version is locked
   * then), so reports tell each hop of a message by its position, and how long after a send its
   * final report may take: the TTLs of the cascade's channels added.
   */
  public void fixCascade(MultichannelContent content) {
    MultichannelContent sent = withTtlOverrides(content);
    channels = sent.channels().stream().map(Enum::name).collect(Collectors.joining(","));
    reportWithinSeconds =
        sent.cascade().stream()
            .mapToInt(c -> c.ttl() == null ? DEFAULT_TTL_SECONDS : c.ttl().seconds())
            .sum();
  }

  /** The content as it is sent: the campaign's TTL overrides in place of the template's. */
  public MultichannelContent withTtlOverrides(MultichannelContent content) {
    List<ChannelContent> cascade = new ArrayList<>();
    for (ChannelContent c : content.cascade()) {
      Optional<Integer> ttl =
          c instanceof ViberContent
              ? getViberTtlSeconds()
              : c instanceof SmsContent ? getSmsTtlSeconds() : Optional.empty();
      cascade.add(ttl.map(s -> c.withTtl(Ttl.ofSeconds(s))).orElse(c));
    }
    return new MultichannelContent(cascade);
  }

  /**
   * How long after its send a message's final report may take (its cascade's TTLs added); empty
   * before the start.
   */
  public Optional<Integer> reportWithinSeconds() {
    return Optional.ofNullable(reportWithinSeconds);
  }

  /** The channels of its cascade in order; empty before it started. */
  public List<Channel> cascade() {
    return cascade(channels);
  }

  /** The cascade as the {@code channels} column keeps it ("VIBER,SMS"); empty for none. */
  public static List<Channel> cascade(String channels) {
    return channels == null || channels.isEmpty()
        ? List.of()
        : java.util.Arrays.stream(channels.split(",")).map(Channel::valueOf).toList();
  }

  /** RUNNING -> PAUSED; the reason is shown to whoever resumes it. */
  public void pause(String why) {
    require(CampaignState.RUNNING, "pause");
    state = CampaignState.PAUSED;
    reason = cut(why);
  }

  /** PAUSED -> RUNNING: it continues where it stopped. */
  public void resume() {
    require(CampaignState.PAUSED, "resume");
    state = CampaignState.RUNNING;
    reason = null;
  }

  /** RUNNING -> COMPLETED: every message has an outcome. */
  public void complete(Instant now) {
    require(CampaignState.RUNNING, "complete");
    state = CampaignState.COMPLETED;
    finishedAt = now;
  }

  /**
   * COMPLETED or PAUSED -> RUNNING: a person chose to send again the messages whose fate is
   * unknown.
   */
  public void resendUnknown() {
    if (state != CampaignState.COMPLETED && state != CampaignState.PAUSED) {
      throw new IllegalTransitionException(state, "resendUnknown");
    }
    state = CampaignState.RUNNING;
    finishedAt = null;
    reason = null;
  }

  /** Any state but a finished one -> CANCELLED: nothing more is sent. */
  public void cancel(Instant now) {
    if (state.isFinished()) {
      throw new IllegalTransitionException(state, "cancel");
    }
    state = CampaignState.CANCELLED;
    finishedAt = now;
  }

  /**
   * Only a draft may be deleted: a campaign that was ever scheduled keeps its record of what it
   * sent, to whom and when.
   */
  public void requireDeletable() {
    require(CampaignState.DRAFT, "delete");
  }

  public boolean isDeletable() {
    return state == CampaignState.DRAFT;
  }

  /**
   * Why it is paused (by a person, or by dispatch in the provider's words) or failed; null in any
   * other state (a resumed campaign's old reason is history, not its status).
   */
  public String shownReason() {
    return state == CampaignState.PAUSED || state == CampaignState.FAILED ? reason : null;
  }

  /** SCHEDULED or RUNNING -> FAILED, with what went wrong. */
  public void fail(String why, Instant now) {
    if (state != CampaignState.SCHEDULED && state != CampaignState.RUNNING) {
      throw new IllegalTransitionException(state, "fail");
    }
    state = CampaignState.FAILED;
    reason = cut(why);
    finishedAt = now;
  }

  private void require(CampaignState expected, String action) {
    if (state != expected) {
      throw new IllegalTransitionException(state, action);
    }
  }

  private void apply(CampaignDesign d) {
    List<FieldProblem> problems = new ArrayList<>();
    String cleanName = d.name() == null ? "" : d.name().strip();
    if (cleanName.isEmpty() || cleanName.length() > NAME_MAX_LENGTH) {
      problems.add(problem("name", "name.length", NAME_MAX_LENGTH));
    }
    if (d.templateId() == null) {
      problems.add(problem("templateId", "template.missing"));
    }
    if (d.accountId() == null) {
      problems.add(problem("accountId", "account.missing"));
    }
    List<UUID> lists = new ArrayList<>(new LinkedHashSet<>(d.listIds()));
    lists.remove(null);
    if (lists.isEmpty()) {
      problems.add(problem("listIds", "lists.none"));
    } else if (lists.size() > MAX_LISTS) {
      problems.add(problem("listIds", "lists.max", MAX_LISTS));
    }
    ZoneId zone = zone(d.timeZone(), problems);
    if ((d.windowStart() == null) != (d.windowEnd() == null)) {
      problems.add(problem("windowEnd", "window.half"));
    } else if (d.windowStart() != null && d.windowStart().equals(d.windowEnd())) {
      problems.add(problem("windowEnd", "window.empty"));
    }
    if (d.throttlePerSecond() != null
        && (d.throttlePerSecond() < 1 || d.throttlePerSecond() > THROTTLE_MAX)) {
      problems.add(problem("throttlePerSecond", "throttle.range", THROTTLE_MAX));
    }
    ttl(problems, "viberTtlSeconds", d.viberTtlSeconds());
    ttl(problems, "smsTtlSeconds", d.smsTtlSeconds());
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    name = cleanName;
    templateId = d.templateId();
    listIds = lists;
    accountId = d.accountId();
    startAt = d.startAt();
    timeZone = zone.getId();
    windowStart = d.windowStart();
    windowEnd = d.windowEnd();
    throttlePerSecond = d.throttlePerSecond();
    viberTtlSeconds = d.viberTtlSeconds();
    smsTtlSeconds = d.smsTtlSeconds();
  }

  private static ZoneId zone(String given, List<FieldProblem> problems) {
    try {
      return given == null || given.isBlank() ? ZoneId.of("UTC") : ZoneId.of(given.strip());
    } catch (DateTimeException e) {
      problems.add(problem("timeZone", "timeZone.unknown", given));
      return ZoneId.of("UTC");
    }
  }

  private static void ttl(List<FieldProblem> problems, String field, Integer seconds) {
    if (seconds == null) {
      return;
    }
    try {
      Ttl.ofSeconds(seconds);
    } catch (DomainException e) {
      problems.add(new FieldProblem(field, e.texts().get(0)));
    }
  }

  private static String cut(String why) {
    return why == null || why.length() <= REASON_MAX_LENGTH
        ? why
        : why.substring(0, REASON_MAX_LENGTH);
  }

  public static LocalizedText text(String key, Object... values) {
    return LocalizedText.of(Campaign.class, BUNDLE, key, values);
  }

  private static FieldProblem problem(String field, String key, Object... values) {
    return new FieldProblem(field, text(key, values));
  }

  /** The design as it stands, for a form or an update that changes part of it. */
  public CampaignDesign design() {
    return new CampaignDesign(
        name,
        templateId,
        listIds,
        accountId,
        startAt,
        timeZone,
        windowStart,
        windowEnd,
        throttlePerSecond,
        viberTtlSeconds,
        smsTtlSeconds);
  }

  /**
   * The design of a copy: the same template version, lists, account, zone, window, throttle and
   * TTLs, named "... (copy)", with no start time, so that the copy is not sent before a person
   * chooses when.
   */
  public CampaignDesign designForCopy() {
    String copyName =
        name.length() + COPY_SUFFIX.length() > NAME_MAX_LENGTH
            ? name.substring(0, NAME_MAX_LENGTH - COPY_SUFFIX.length()).strip() + COPY_SUFFIX
            : name + COPY_SUFFIX;
    return design().copyNamed(copyName);
  }

  public boolean hasWindow() {
    return windowStart != null;
  }

  public UUID getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getName() {
    return name;
  }

  public UUID getTemplateId() {
    return templateId;
  }

  public List<UUID> getListIds() {
    return List.copyOf(listIds);
  }

  public UUID getAccountId() {
    return accountId;
  }

  public CampaignState getState() {
    return state;
  }

  public Instant getStartAt() {
    return startAt;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public LocalTime getWindowStart() {
    return windowStart;
  }

  public LocalTime getWindowEnd() {
    return windowEnd;
  }

  public Optional<Integer> getThrottlePerSecond() {
    return Optional.ofNullable(throttlePerSecond);
  }

  public Optional<Integer> getViberTtlSeconds() {
    return Optional.ofNullable(viberTtlSeconds);
  }

  public Optional<Integer> getSmsTtlSeconds() {
    return Optional.ofNullable(smsTtlSeconds);
  }

  /** Why it is paused or failed; null otherwise. */
  public String getReason() {
    return reason;
  }

  public long getRecipients() {
    return recipients == null ? 0 : recipients;
  }

  public long getSuppressed() {
    return suppressed == null ? 0 : suppressed;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getVersion() {
    return version;
  }
}
