package io.cascade.dispatch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.cascade.domain.message.MessageState;
import io.cascade.report.CounterChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The SQL of the message tables, set-based: a campaign's messages are made by one INSERT ...
 * SELECT, claimed in batches by one UPDATE ... SKIP LOCKED, and their results written by one UPDATE
 * from arrays. Hibernate does not filter native SQL by tenant: every statement here names the
 * tenant itself (the few that look across tenants say so). Each method runs in a transaction of its
 * own, committed before any provider is called.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MessageStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PENDING = MessageState.PENDING.name();
  private static final String CLAIMED = MessageState.CLAIMED.name();
  private static final String SENT = MessageState.SENT.name();
  private static final String UNKNOWN = MessageState.UNKNOWN.name();
  private static final String CANCELLED = MessageState.CANCELLED.name();
  private static final TypeReference<Map<String, String>> VARIABLES = new TypeReference<>() {};

  /** Digits of a phone that choose its time zone (country code and area). */
  private static final int ZONE_PREFIX = 7;

  @PersistenceContext private EntityManager em;

  /** What making a campaign's messages gave. */
  public record Made(long messages, long suppressed) {}

  /** A running campaign of some tenant (the dispatcher looks across tenants). */
  public record Active(String tenantId, UUID campaignId) {}

  /** A claimed message whose node's lease ran out: its request may or may not have left. */
  public record Expired(String tenantId, UUID campaignId, UUID id) {}

  /**
   * Makes one message per distinct phone of the campaign's lists, minus the suppression list, with
   * the variables of the first list (in the campaign's order) that has the phone. With a send
   * window, each message gets its recipient's time zone, from the number. In the caller's
   * transaction: the messages commit with the campaign's start, never without it.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Made make(String tenant, UUID campaignId, boolean withZones) {
    long suppressed =
        ((Number)
                em.createNativeQuery(
                        "select count(distinct c.phone) from contact c"
                            + " join campaign_list cl on cl.list_id = c.list_id"
                            + " where cl.campaign_id = :campaign and c.tenant_id = :tenant"
                            + " and exists (select 1 from suppressed_phone s"
                            + " where s.tenant_id = :tenant and s.phone = c.phone)")
                    .setParameter("campaign", campaignId)
                    .setParameter("tenant", tenant)
                    .getSingleResult())
            .longValue();
    int made =
        em.createNativeQuery(
                "insert into campaign_message"
                    + " (tenant_id, id, campaign_id, phone, variables, state, updated_at)"
                    + " select :tenant, gen_random_uuid(), :campaign, x.phone, x.variables,"
                    + " 'PENDING', now() from ("
                    + "   select distinct on (c.phone) c.phone, c.variables from contact c"
                    + "   join campaign_list cl on cl.list_id = c.list_id"
                    + "   where cl.campaign_id = :campaign and c.tenant_id = :tenant"
                    + "   and not exists (select 1 from suppressed_phone s"
                    + "     where s.tenant_id = :tenant and s.phone = c.phone)"
                    + "   order by c.phone, cl.position) x")
            .setParameter("campaign", campaignId)
            .setParameter("tenant", tenant)
            .executeUpdate();
    if (withZones) {
      setZones(tenant, campaignId);
    }
    count(new CounterChanges().add(tenant, campaignId, MessageState.PENDING.name(), made));
    return new Made(made, suppressed);
  }

  /** One zone per number prefix: a handful of updates, however many messages. */
  private void setZones(String tenant, UUID campaignId) {
    @SuppressWarnings("unchecked")
    List<Object[]> prefixes =
        em.createNativeQuery(
                "select distinct on (left(phone, :len)) left(phone, :len), phone"
                    + " from campaign_message where tenant_id = :tenant and campaign_id = :campaign")
            .setParameter("len", ZONE_PREFIX)
            .setParameter("tenant", tenant)
            .setParameter("campaign", campaignId)
            .getResultList();
    for (Object[] row : prefixes) {
      em.createNativeQuery(
              "update campaign_message set time_zone = :zone where tenant_id = :tenant"
                  + " and campaign_id = :campaign and left(phone, :len) = :prefix")
          .setParameter("zone", zoneOf((String) row[1]))
          .setParameter("tenant", tenant)
          .setParameter("campaign", campaignId)
          .setParameter("len", ZONE_PREFIX)
          .setParameter("prefix", row[0])
          .executeUpdate();
    }
  }

  /** The zone of a number (libphonenumber's mapper); UTC when the number has none of its own. */
  static String zoneOf(String e164) {
    try {
      List<String> zones =
          PhoneNumberToTimeZonesMapper.getInstance()
              .getTimeZonesForNumber(PhoneNumberUtil.getInstance().parse(e164, null));
      String zone = zones.isEmpty() ? null : zones.get(0);
      return zone == null || zone.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())
          ? "UTC"
          : zone;
    } catch (NumberParseException e) {
      return "UTC";
    }
  }

  /**
   * Claims up to {@code max} messages that may go now (pending, or waiting for a retry that is due,
   * and inside the send window in their recipient's time), under a lease, with this token.
   */
  public List<Claimed> claim(
      String tenant,
      UUID campaignId,
      int max,
      Duration lease,
      UUID token,
      String node,
      LocalTime windowStart,
      LocalTime windowEnd) {
    String window = windowStart == null ? "" : " and " + windowCondition(windowStart, windowEnd);
    return work(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "with picked as (select id, state from campaign_message"
                      + " where tenant_id = ? and campaign_id = ?"
                      + " and (state = 'PENDING' or (state = 'RETRY_WAIT' and not_before <= now()))"
                      + window
                      + " limit ? for update skip locked)"
                      + " update campaign_message m set state = 'CLAIMED', claim_token = ?,"
                      + " claimed_by = ?, lease_until = now() + make_interval(secs => ?),"
                      + " attempts = m.attempts + 1, updated_at = now()"
                      + " from picked where m.tenant_id = ? and m.id = picked.id"
                      + " returning m.id, m.phone, m.variables::text, m.attempts, picked.state")) {
            int i = 1;
            st.setString(i++, tenant);
            st.setObject(i++, campaignId);
            if (windowStart != null) {
              st.setObject(i++, windowStart);
              st.setObject(i++, windowEnd);
            }
            st.setInt(i++, max);
            st.setObject(i++, token);
            st.setString(i++, node);
            st.setDouble(i++, lease.toMillis() / 1000.0);
            st.setString(i, tenant);
            List<Claimed> claimed = new ArrayList<>();
            CounterChanges counters = new CounterChanges();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                claimed.add(
                    new Claimed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        variables(rs.getString(3)),
                        rs.getInt(4)));
                counters.move(tenant, campaignId, rs.getString(5), CLAIMED, 1);
              }
            }
            counters.write(c);
            return claimed;
          }
        });
  }

  /** "Inside the window now, in the recipient's zone"; a window may run over midnight. */
  private static String windowCondition(LocalTime start, LocalTime end) {
    String local = "(now() at time zone coalesce(time_zone, 'UTC'))::time";
    return start.isBefore(end)
        ? "(" + local + " >= ? and " + local + " < ?)"
        : "(" + local + " >= ? or " + local + " < ?)";
  }

  /**
   * Writes the results of a claim: only rows still held with this token (a node whose lease ran out
   * cannot overwrite what another node did since), and the first hop of each sent message.
   *
   * @return rows written
   */
  public int write(String tenant, UUID campaignId, UUID token, List<Result> results) {
    if (results.isEmpty()) {
      return 0;
    }
    return work(
        c -> {
          int n = results.size();
          UUID[] ids = new UUID[n];
          String[] states = new String[n];
          String[] providerIds = new String[n];
          String[] jobs = new String[n];
          String[] codes = new String[n];
          String[] texts = new String[n];
          Timestamp[] notBefore = new Timestamp[n];
          List<Result> sent = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Result r = results.get(i);
            ids[i] = r.id();
            states[i] = r.state().name();
            providerIds[i] = r.providerMessageId();
            jobs[i] = r.jobId();
            codes[i] = r.errorCode();
            texts[i] = r.errorText();
            notBefore[i] = r.notBefore() == null ? null : Timestamp.from(r.notBefore());
            if (r.state() == MessageState.SENT) {
              sent.add(r);
            }
          }
          int written = 0;
          CounterChanges counters = new CounterChanges();
          try (PreparedStatement st =
              c.prepareStatement(
                  "update campaign_message m set state = v.state,"
                      + " provider_message_id = coalesce(v.pid, m.provider_message_id),"
                      + " job_id = coalesce(v.job, m.job_id), error_code = v.code,"
                      + " error_text = v.text, not_before = v.nb, claim_token = null,"
                      + " lease_until = null,"
                      + " sent_at = case when v.state = 'SENT' then now() else m.sent_at end,"
                      + " updated_at = now()"
                      + " from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],"
                      + " ?::text[], ?::timestamptz[]) as v(id, state, pid, job, code, text, nb)"
                      + " where m.tenant_id = ? and m.id = v.id and m.claim_token = ?"
                      + " returning v.state")) {
            st.setArray(1, c.createArrayOf("uuid", ids));
            st.setArray(2, c.createArrayOf("text", states));
            st.setArray(3, c.createArrayOf("text", providerIds));
            st.setArray(4, c.createArrayOf("text", jobs));
            st.setArray(5, c.createArrayOf("text", codes));
            st.setArray(6, c.createArrayOf("text", texts));
            st.setArray(7, c.createArrayOf("timestamptz", notBefore));
            st.setString(8, tenant);
            st.setObject(9, token);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                written++;
                counters.move(tenant, campaignId, CLAIMED, rs.getString(1), 1);
              }
            }
          }
          firstHops(c, tenant, campaignId, sent, counters);
          counters.write(c);
          return written;
        });
  }

  private static void firstHops(
      Connection c, String tenant, UUID campaignId, List<Result> sent, CounterChanges counters)
      throws SQLException {
    if (sent.isEmpty()) {
      return;
    }
    UUID[] ids = sent.stream().map(Result::id).toArray(UUID[]::new);
    String[] channels = sent.stream().map(Result::channel).toArray(String[]::new);
    String[] providerIds = sent.stream().map(Result::providerMessageId).toArray(String[]::new);
    try (PreparedStatement st =
        c.prepareStatement(
            "insert into message_hop"
                + " (tenant_id, message_id, hop, channel, provider_message_id, status, at)"
                + " select ?, v.id, 1, v.channel, v.pid, 'SENT', now()"
                + " from unnest(?::uuid[], ?::text[], ?::text[]) as v(id, channel, pid)"
                + " on conflict do nothing returning channel")) {
      st.setString(1, tenant);
      st.setArray(2, c.createArrayOf("uuid", ids));
      st.setArray(3, c.createArrayOf("text", channels));
      st.setArray(4, c.createArrayOf("text", providerIds));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          counters.add(tenant, campaignId, 1, rs.getString(1), SENT, 1);
        }
      }
    }
  }

  /** Puts claimed messages that were not sent back to PENDING (the campaign paused first). */
  public int release(String tenant, UUID campaignId, UUID token) {
    int released =
        em.createNativeQuery(
                "update campaign_message set state = 'PENDING', claim_token = null, lease_until = null,"
                    + " attempts = greatest(attempts - 1, 0), updated_at = now()"
                    + " where tenant_id = :tenant and claim_token = :token and state = 'CLAIMED'")
            .setParameter("tenant", tenant)
            .setParameter("token", token)
            .executeUpdate();
    count(new CounterChanges().move(tenant, campaignId, CLAIMED, PENDING, released));
    return released;
  }

  /**
   * Settles messages by reconciliation or a person's choice, only from the state they are in
   * ({@code from}), so a race with a callback or another node cannot move one back.
   */
  public int settle(String tenant, UUID campaignId, List<Result> results, MessageState from) {
    for (Result r : results) {
      if (!from.canMoveTo(r.state())) {
        throw new IllegalArgumentException(from + " cannot move to " + r.state());
      }
    }
    return work(
        c -> {
          int written = 0;
          try (PreparedStatement st =
              c.prepareStatement(
                  "update campaign_message set state = ?,"
                      + " provider_message_id = coalesce(?, provider_message_id),"
                      + " error_code = ?, error_text = ?, claim_token = null, lease_until = null,"
                      + " not_before = ?, updated_at = now(),"
                      + " sent_at = case when ? = 'SENT' then now() else sent_at end"
                      + " where tenant_id = ? and id = ? and state = ?")) {
            for (Result r : results) {
              st.setString(1, r.state().name());
              st.setString(2, r.providerMessageId());
              st.setString(3, r.errorCode());
              st.setString(4, r.errorText());
              st.setTimestamp(5, r.notBefore() == null ? null : Timestamp.from(r.notBefore()));
              st.setString(6, r.state().name());
              st.setString(7, tenant);
              st.setObject(8, r.id());
              st.setString(9, from.name());
              st.addBatch();
            }
            int[] counts = st.executeBatch();
            CounterChanges counters = new CounterChanges();
            for (int i = 0; i < counts.length; i++) {
              int n = Math.max(counts[i], 0);
              written += n;
              counters.move(tenant, campaignId, from.name(), results.get(i).state().name(), n);
            }
            counters.write(c);
          }
          return written;
        });
  }

  /**
   * Claimed messages whose node's lease ran out become UNKNOWN: their request may have left. Where
   * the provider can be asked by our id, they are due for reconciliation at once; otherwise a
   * person decides. Only rows still past their lease move (a slow node that wrote meanwhile wins).
   */
  public int expire(
      String tenant, UUID campaignId, List<UUID> ids, boolean reconcilable, String text) {
    return work(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "update campaign_message set state = 'UNKNOWN', claim_token = null,"
                      + " lease_until = null, error_code = 'INTERRUPTED', error_text = ?,"
                      + " not_before = case when ? then now() else null end, updated_at = now()"
                      + " where tenant_id = ? and id = any(?::uuid[]) and state = 'CLAIMED'"
                      + " and lease_until < now()")) {
            st.setString(1, text);
            st.setBoolean(2, reconcilable);
            st.setString(3, tenant);
            st.setArray(4, c.createArrayOf("uuid", ids.toArray(UUID[]::new)));
            int expired = st.executeUpdate();
            new CounterChanges().move(tenant, campaignId, CLAIMED, UNKNOWN, expired).write(c);
            return expired;
          }
        });
  }

  /**
   * Unknown messages due for reconciliation, held from other nodes for a minute by moving their due
   * time on.
   */
  public List<UUID> unknownDue(String tenant, UUID campaignId, int max) {
    return work(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "with due as (select id from campaign_message where tenant_id = ?"
                      + " and campaign_id = ? and state = 'UNKNOWN' and not_before <= now()"
                      + " limit ? for update skip locked)"
                      + " update campaign_message m set not_before = now() + interval '60 seconds'"
                      + " from due where m.tenant_id = ? and m.id = due.id returning m.id")) {
            st.setString(1, tenant);
            st.setObject(2, campaignId);
            st.setInt(3, max);
            st.setString(4, tenant);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
              }
            }
            return ids;
          }
        });
  }

  /** Across tenants: claimed messages whose lease ran out (their node died or hangs). */
  @SuppressWarnings("unchecked")
  public List<Expired> expired(int max) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select tenant_id, campaign_id, id from campaign_message"
                    + " where state = 'CLAIMED' and lease_until < now() limit :max")
            .setParameter("max", max)
            .getResultList();
    return rows.stream().map(r -> new Expired((String) r[0], (UUID) r[1], (UUID) r[2])).toList();
  }

  /** A sent message whose final report is overdue. */
  public record Overdue(
      String tenantId,
      UUID campaignId,
      UUID accountId,
      UUID id,
      String providerMessageId,
      Instant sentAt,
      int reportWithinSeconds) {}

  /**
   * Across tenants: sent messages still without a final report their TTLs plus the grace after
   * their send, held from other nodes (and from the next round) for five minutes.
   */
  public List<Overdue> overdue(Duration grace, int max) {
    return work(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "with due as (select m.tenant_id, m.id from campaign_message m"
                      + " join campaign k on k.tenant_id = m.tenant_id and k.id = m.campaign_id"
                      + " where m.state = 'SENT' and m.sent_at < now()"
                      + " - make_interval(secs => coalesce(k.report_within_seconds, 86400) + ?)"
                      + " and (m.reconcile_at is null or m.reconcile_at <= now())"
                      + " limit ? for update of m skip locked)"
                      + " update campaign_message m set reconcile_at = now() + interval '5 minutes'"
                      + " from due, campaign k where m.tenant_id = due.tenant_id and m.id = due.id"
                      + " and k.tenant_id = m.tenant_id and k.id = m.campaign_id"
                      + " returning m.tenant_id, m.campaign_id, k.account_id, m.id,"
                      + " m.provider_message_id, m.sent_at,"
                      + " coalesce(k.report_within_seconds, 86400)")) {
            st.setDouble(1, grace.toSeconds());
            st.setInt(2, max);
            List<Overdue> due = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                due.add(
                    new Overdue(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getInt(7)));
              }
            }
            return due;
          }
        });
  }

  /** Across tenants: the running campaigns. */
  @SuppressWarnings("unchecked")
  public List<Active> active() {
    List<Object[]> rows =
        em.createNativeQuery("select tenant_id, id from campaign where state = 'RUNNING'")
            .getResultList();
    return rows.stream().map(r -> new Active((String) r[0], (UUID) r[1])).toList();
  }

  /** How many messages of the campaign are in each state, from its kept counters. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<MessageState, Long> counts(String tenant, UUID campaignId) {
    Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
    for (MessageState s : MessageState.values()) {
      counts.put(s, 0L);
    }
    counts.putAll(countsOf(tenant, List.of(campaignId)).getOrDefault(campaignId, Map.of()));
    return counts;
  }

  /**
   * How many messages of each of the campaigns are in each state, from their kept counters, in one
   * query (a page of the campaign list). A campaign without counters is missing from the answer.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<UUID, Map<MessageState, Long>> countsOf(String tenant, Collection<UUID> campaignIds) {
    if (campaignIds.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select campaign_id, name, n from campaign_counter where tenant_id = :tenant"
                    + " and campaign_id in (:campaigns) and hop = 0 and name in (:states)")
            .setParameter("tenant", tenant)
            .setParameter("campaigns", List.copyOf(campaignIds))
            .setParameter("states", Arrays.stream(MessageState.values()).map(Enum::name).toList())
            .getResultList();
    Map<UUID, Map<MessageState, Long>> counts = new LinkedHashMap<>();
    for (Object[] r : rows) {
      counts
          .computeIfAbsent((UUID) r[0], c -> new EnumMap<>(MessageState.class))
          .put(MessageState.valueOf((String) r[1]), ((Number) r[2]).longValue());
    }
    return counts;
  }

  /**
   * Kept counters other than message states: per hop ("1:VIBER" -> status -> n) and the messages
   * seen, clicked and replied to (hop 0).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, Map<String, Long>> otherCounts(String tenant, UUID campaignId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select hop, channel, name, n from campaign_counter where tenant_id = :tenant"
                    + " and campaign_id = :campaign and (hop > 0 or name not in (:states))"
                    + " order by hop, name")
            .setParameter("tenant", tenant)
            .setParameter("campaign", campaignId)
            .setParameter("states", Arrays.stream(MessageState.values()).map(Enum::name).toList())
            .getResultList();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Object[] r : rows) {
      int hop = ((Number) r[0]).intValue();
      String key = hop == 0 ? "message" : hop + ":" + r[1];
      counts
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .put((String) r[2], ((Number) r[3]).longValue());
    }
    return counts;
  }

  /** Pending messages by recipient time zone (for "waiting for the send window"). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, Long> pendingByZone(String tenant, UUID campaignId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select coalesce(time_zone, 'UTC'), count(*) from campaign_message"
                    + " where tenant_id = :tenant and campaign_id = :campaign"
                    + " and state in ('PENDING', 'RETRY_WAIT') group by 1")
            .setParameter("tenant", tenant)
            .setParameter("campaign", campaignId)
            .getResultList();
    Map<String, Long> byZone = new LinkedHashMap<>();
    rows.forEach(r -> byZone.put((String) r[0], ((Number) r[1]).longValue()));
    return byZone;
  }

  /** Whether the campaign still has messages to send or to hear back from dispatch. */
  public boolean hasWork(String tenant, UUID campaignId) {
    return !em.createNativeQuery(
            "select 1 from campaign_message where tenant_id = :tenant and campaign_id = :campaign"
                + " and (state in ('PENDING', 'CLAIMED', 'RETRY_WAIT')"
                + " or (state = 'UNKNOWN' and not_before is not null)) limit 1")
        .setParameter("tenant", tenant)
        .setParameter("campaign", campaignId)
        .getResultList()
        .isEmpty();
  }

  /** A person chose to send the unknown again: they become pending (with the campaign's change). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int resendUnknown(String tenant, UUID campaignId) {
    int resent =
        em.createNativeQuery(
                "update campaign_message set state = 'PENDING', error_code = null, error_text = null,"
                    + " updated_at = now() where tenant_id = :tenant and campaign_id = :campaign"
                    + " and state = 'UNKNOWN'")
            .setParameter("tenant", tenant)
            .setParameter("campaign", campaignId)
            .executeUpdate();
    count(new CounterChanges().move(tenant, campaignId, UNKNOWN, PENDING, resent));
    return resent;
  }

  /** The campaign was cancelled: what was not sent never will be (with the campaign's change). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int cancelUnsent(String tenant, UUID campaignId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with unsent as (select id, state from campaign_message"
                    + " where tenant_id = :tenant and campaign_id = :campaign"
                    + " and state in ('PENDING', 'RETRY_WAIT') for update),"
                    + " cancelled as (update campaign_message m set state = 'CANCELLED',"
                    + " updated_at = now() from unsent"
                    + " where m.tenant_id = :tenant and m.id = unsent.id returning unsent.state)"
                    + " select state, count(*) from cancelled group by state")
            .setParameter("tenant", tenant)
            .setParameter("campaign", campaignId)
            .getResultList();
    CounterChanges counters = new CounterChanges();
    int cancelled = 0;
    for (Object[] row : rows) {
      int n = ((Number) row[1]).intValue();
      cancelled += n;
      counters.move(tenant, campaignId, (String) row[0], CANCELLED, n);
    }
    count(counters);
    return cancelled;
  }

  /**
   * The throttle's gate, shared by every node: reserves the time {@code count} sends take at {@code
   * perSecond} and answers when that slot begins; the caller sends at that moment.
   */
  public Instant reserve(String tenant, UUID campaignId, int count, int perSecond) {
    Object next =
        em.createNativeQuery(
                "update campaign set throttle_next_at ="
                    + " greatest(coalesce(throttle_next_at, now()), now())"
                    + " + make_interval(secs => :seconds)"
                    + " where tenant_id = :tenant and id = :campaign"
                    + " returning throttle_next_at - make_interval(secs => :seconds)")
            .setParameter("seconds", count / (double) perSecond)
            .setParameter("tenant", tenant)
            .setParameter("campaign", campaignId)
            .getSingleResult();
    return instant(next);
  }

  /** A timestamptz of a native query, as the driver and Hibernate give it. */
  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }

  private static Map<String, String> variables(String json) {
    try {
      return json == null || json.equals("{}") ? Map.of() : JSON.readValue(json, VARIABLES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes counter changes in the current transaction. */
  private void count(CounterChanges counters) {
    work(
        c -> {
          counters.write(c);
          return null;
        });
  }

  /** JDBC on the transaction's own connection, for what JPA cannot say (arrays, RETURNING). */
  private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
    return em.unwrap(Session.class).doReturningWork(work);
  }
}
