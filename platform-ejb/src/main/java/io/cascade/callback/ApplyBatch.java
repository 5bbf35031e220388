package io.cascade.callback;

import io.cascade.domain.campaign.Campaign;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.message.MessageState;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.provider.EventType;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderRegistry;
import io.cascade.report.CounterChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * Applies the receipts that are due, in one transaction: reads their events, finds each message by
 * the provider's id or ours among the campaigns of the receipt's account (so a token can touch
 * nothing of another account), moves messages and hops as {@link MessageFate} says, and keeps the
 * counters. A receipt naming a message not sent yet waits and is tried again with a growing delay;
 * nothing is dropped. Native SQL: every statement names its tenant.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ApplyBatch {

  private static final Logger LOG = Logger.getLogger(ApplyBatch.class.getName());

  /** A receipt still unmatched after this long stops being tried; it stays kept for a person. */
  static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

  private static final Duration MAX_WAIT = Duration.ofMinutes(10);

  @PersistenceContext private EntityManager em;

  private record Row(
      long id,
      Receipt receipt,
      int attempts,
      Instant receivedAt,
      List<ProviderEvent> events,
      String problem) {}

  private record Group(String tenant, UUID account) {}

  /**
   * @return how many receipts it took (fewer than {@code max}: nothing more is due now)
   */
  public int applyDue(int max) {
    return em.unwrap(Session.class).doReturningWork(c -> applyDue(c, max));
  }

  private int applyDue(Connection c, int max) throws SQLException {
    List<Row> rows = takeDue(c, max);
    if (rows.isEmpty()) {
      return 0;
    }
    Instant now = Instant.now();
    Set<Long> waiting = new LinkedHashSet<>();
    Map<Group, List<Row>> groups =
        new TreeMap<>(
            (a, b) ->
                a.tenant().equals(b.tenant())
                    ? a.account().compareTo(b.account())
                    : a.tenant().compareTo(b.tenant()));
    for (Row row : rows) {
      if (row.problem() == null) {
        groups
            .computeIfAbsent(
                new Group(row.receipt().tenantId(), row.receipt().accountId()),
                g -> new ArrayList<>())
            .add(row);
      }
    }
    CounterChanges counters = new CounterChanges();
    for (var group : groups.entrySet()) {
      waiting.addAll(apply(c, group.getKey(), group.getValue(), counters, now));
    }
    counters.write(c);
    settleReceipts(c, rows, waiting, now);
    return rows.size();
  }

  /** Across tenants on purpose: the receipts of every tenant are applied by the same loop. */
  private List<Row> takeDue(Connection c, int max) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "select id, tenant_id, account_id, provider, content_type, query, body, attempts,"
                + " received_at from callback_receipt"
                + " where state in ('NEW', 'WAITING') and next_at <= now()"
                + " order by next_at limit ? for update skip locked")) {
      st.setInt(1, max);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Receipt receipt =
              new Receipt(
                  rs.getString(2),
                  rs.getObject(3, UUID.class),
                  ProviderKind.valueOf(rs.getString(4)),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7));
          List<ProviderEvent> events = List.of();
          String problem = null;
          try {
            events = CallbackParsers.events(receipt);
          } catch (RuntimeException e) {
            // checked when it arrived; a parser changed since: keep it for a person
            problem = e.getMessage();
          }
          rows.add(
              new Row(
                  rs.getLong(1),
                  receipt,
                  rs.getInt(8),
                  rs.getTimestamp(9).toInstant(),
                  events,
                  problem));
        }
      }
    }
    return rows;
  }

  /** Applies a group's events; answers the receipts that must wait for their messages. */
  private Set<Long> apply(
      Connection c, Group group, List<Row> rows, CounterChanges counters, Instant now)
      throws SQLException {
    Set<UUID> ourIds = new LinkedHashSet<>();
    Set<String> providerIds = new LinkedHashSet<>();
    for (Row row : rows) {
      for (ProviderEvent e : row.events()) {
        if (e.providerMessageId() != null) {
          providerIds.add(e.providerMessageId());
        }
        UUID ours = uuid(e.messageId());
        if (ours != null) {
          ourIds.add(ours);
        }
      }
    }
    Map<UUID, MessageFate> byId = new HashMap<>();
    Map<String, MessageFate> byProviderId = new HashMap<>();
    load(c, group, ourIds, providerIds, byId, byProviderId);
    boolean reportsCascadeEnd =
        !rows.isEmpty()
            && ProviderRegistry.capabilities(rows.get(0).receipt().provider()).reportsCascadeEnd();
    Set<Long> waiting = new LinkedHashSet<>();
    Set<MessageFate> touched = new LinkedHashSet<>();
    Replies replies =
        new Replies(group.tenant(), group.account(), rows.get(0).receipt().provider());
    for (Row row : rows) {
      for (ProviderEvent e : row.events()) {
        boolean reply = e.type() == EventType.REPLY;
        if (e.providerMessageId() == null && e.messageId() == null) {
          if (reply) {
            replies.add(e, null, now); // it names no message: kept with its number alone
          }
          continue;
        }
        MessageFate fate = match(e, byId, byProviderId);
        if (fate == null || fate.readiness() == MessageFate.Readiness.WAIT) {
          waiting.add(row.id());
          continue;
        }
        if (fate.readiness() == MessageFate.Readiness.APPLY) {
          fate.apply(e, reportsCascadeEnd, now);
          touched.add(fate);
        }
        if (reply) {
          replies.add(e, fate, now);
        }
      }
    }
    write(c, group.tenant(), touched, counters);
    replies.write(c);
    return waiting;
  }

  private static void write(
      Connection c, String tenant, Set<MessageFate> touched, CounterChanges counters)
      throws SQLException {
    List<MessageFate> changed = touched.stream().filter(MessageFate::messageChanged).toList();
    writeMessages(c, tenant, changed);
    writeHops(c, tenant, touched);
    touched.forEach(f -> f.count(counters, tenant));
  }

  /**
   * Settles sent messages whose final report is overdue: what the provider answered to a status
   * query applies like a report; a message still without a final status then is EXPIRED with the
   * reason given for it (none given: it waits for another round).
   *
   * @param provider the account's provider; null when the account is gone
   * @param answers the provider's events per message (each already naming our id)
   * @param expireWhy per message, why it expires if the answers do not settle it
   * @return messages settled
   */
  public int settleOverdue(
      String tenant,
      UUID accountId,
      ProviderKind provider,
      Map<UUID, List<ProviderEvent>> answers,
      Map<UUID, String> expireWhy) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              Set<UUID> ids = new LinkedHashSet<>(answers.keySet());
              ids.addAll(expireWhy.keySet());
              Map<UUID, MessageFate> byId = new HashMap<>();
              load(c, new Group(tenant, accountId), ids, Set.of(), byId, new HashMap<>());
              boolean reportsCascadeEnd =
                  provider != null && ProviderRegistry.capabilities(provider).reportsCascadeEnd();
              Instant now = Instant.now();
              Set<MessageFate> touched = new LinkedHashSet<>();
              for (MessageFate fate : byId.values()) {
                if (fate.readiness() != MessageFate.Readiness.APPLY) {
                  continue;
                }
                for (ProviderEvent e : answers.getOrDefault(fate.id, List.of())) {
                  fate.apply(e, reportsCascadeEnd, now);
                }
                String why = expireWhy.get(fate.id);
                if (why != null) {
                  fate.expire(why, now);
                }
                touched.add(fate);
              }
              CounterChanges counters = new CounterChanges();
              write(c, tenant, touched, counters);
              counters.write(c);
              return (int) touched.stream().filter(f -> f.state != MessageState.SENT).count();
            });
  }

  /**
   * The provider's id names a message exactly; ours only while the message has no provider id of
   * its own or the same one (a Messaggio request carries its first recipient's id for all).
   */
  private static MessageFate match(
      ProviderEvent e, Map<UUID, MessageFate> byId, Map<String, MessageFate> byProviderId) {
    if (e.providerMessageId() != null) {
      MessageFate exact = byProviderId.get(e.providerMessageId());
      if (exact != null) {
        return exact;
      }
    }
    UUID ours = uuid(e.messageId());
    MessageFate fate = ours == null ? null : byId.get(ours);
    if (fate == null) {
      return null;
    }
    String theirs = fate.providerMessageId;
    return theirs == null || theirs.equals(e.providerMessageId()) || e.providerMessageId() == null
        ? fate
        : null;
  }

  private void load(
      Connection c,
      Group group,
      Set<UUID> ourIds,
      Set<String> providerIds,
      Map<UUID, MessageFate> byId,
      Map<String, MessageFate> byProviderId)
      throws SQLException {
    Map<UUID, List<Channel>> cascades = new HashMap<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "select m.id, m.campaign_id, m.state, m.provider_message_id, m.seen_at is not null,"
                + " m.clicks, m.replied_at is not null, k.channels, m.phone"
                + " from campaign_message m join campaign k"
                + " on k.tenant_id = m.tenant_id and k.id = m.campaign_id"
                + " where m.tenant_id = ? and k.account_id = ?"
                + " and (m.id = any(?::uuid[]) or m.provider_message_id = any(?::text[]))"
                + " order by m.id for update of m")) {
      st.setString(1, group.tenant());
      st.setObject(2, group.account());
      st.setArray(3, c.createArrayOf("uuid", ourIds.toArray(UUID[]::new)));
      st.setArray(4, c.createArrayOf("text", providerIds.toArray(String[]::new)));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          UUID campaign = rs.getObject(2, UUID.class);
          String channels = rs.getString(8);
          List<Channel> cascade =
              cascades.computeIfAbsent(campaign, k -> Campaign.cascade(channels));
          String providerId = rs.getString(4);
          MessageFate fate =
              new MessageFate(
                  rs.getObject(1, UUID.class),
                  providerId,
                  rs.getString(9),
                  campaign,
                  cascade,
                  MessageState.valueOf(rs.getString(3)),
                  rs.getBoolean(5),
                  rs.getInt(6),
                  rs.getBoolean(7));
          byId.put(fate.id, fate);
          if (providerId != null) {
            byProviderId.put(providerId, fate);
          }
        }
      }
    }
    if (byId.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "select message_id, hop, channel, status from message_hop"
                + " where tenant_id = ? and message_id = any(?::uuid[])")) {
      st.setString(1, group.tenant());
      st.setArray(2, c.createArrayOf("uuid", byId.keySet().toArray(UUID[]::new)));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          byId.get(rs.getObject(1, UUID.class))
              .loadHop(rs.getInt(2), rs.getString(3), rs.getString(4));
        }
      }
    }
  }

  private static void writeMessages(Connection c, String tenant, List<MessageFate> changed)
      throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    int n = changed.size();
    UUID[] ids = new UUID[n];
    String[] states = new String[n];
    Timestamp[] finals = new Timestamp[n];
    Timestamp[] seen = new Timestamp[n];
    Integer[] clicks = new Integer[n];
    Timestamp[] replied = new Timestamp[n];
    String[] codes = new String[n];
    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      MessageFate f = changed.get(i);
      ids[i] = f.id;
      states[i] = f.state.name();
      finals[i] = timestamp(f.finalAt);
      seen[i] = timestamp(f.seenAt);
      clicks[i] = f.clicks;
      replied[i] = timestamp(f.repliedAt);
      codes[i] = f.errorCode;
      texts[i] = f.errorText;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "update campaign_message m set state = v.state,"
                + " final_at = coalesce(m.final_at, v.final_at),"
                + " seen_at = coalesce(m.seen_at, v.seen_at), clicks = greatest(m.clicks, v.clicks),"
                + " replied_at = coalesce(m.replied_at, v.replied_at),"
                + " error_code = coalesce(v.code, m.error_code),"
                + " error_text = coalesce(v.text, m.error_text), updated_at = now()"
                + " from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::timestamptz[],"
                + " ?::int[], ?::timestamptz[], ?::text[], ?::text[])"
                + " as v(id, state, final_at, seen_at, clicks, replied_at, code, text)"
                + " where m.tenant_id = ? and m.id = v.id")) {
      st.setArray(1, c.createArrayOf("uuid", ids));
      st.setArray(2, c.createArrayOf("text", states));
      st.setArray(3, c.createArrayOf("timestamptz", finals));
      st.setArray(4, c.createArrayOf("timestamptz", seen));
      st.setArray(5, c.createArrayOf("integer", clicks));
      st.setArray(6, c.createArrayOf("timestamptz", replied));
      st.setArray(7, c.createArrayOf("text", codes));
      st.setArray(8, c.createArrayOf("text", texts));
      st.setString(9, tenant);
      st.executeUpdate();
    }
  }

  private static void writeHops(Connection c, String tenant, Set<MessageFate> touched)
      throws SQLException {
    List<UUID> ids = new ArrayList<>();
    List<MessageFate.Hop> hops = new ArrayList<>();
    for (MessageFate f : touched) {
      for (MessageFate.Hop hop : f.changedHops()) {
        ids.add(f.id);
        hops.add(hop);
      }
    }
    if (hops.isEmpty()) {
      return;
    }
    int n = hops.size();
    Integer[] positions = new Integer[n];
    String[] channels = new String[n];
    String[] providerIds = new String[n];
    String[] statuses = new String[n];
    String[] codes = new String[n];
    String[] texts = new String[n];
    Timestamp[] at = new Timestamp[n];
    Integer[] parts = new Integer[n];
    for (int i = 0; i < n; i++) {
      MessageFate.Hop h = hops.get(i);
      positions[i] = h.position;
      channels[i] = h.channel;
      providerIds[i] = h.providerMessageId;
      statuses[i] = h.status;
      codes[i] = h.errorCode;
      texts[i] = h.errorText;
      at[i] = timestamp(h.at);
      parts[i] = h.smsParts;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "insert into message_hop (tenant_id, message_id, hop, channel, provider_message_id,"
                + " status, error_code, error_text, at, sms_parts, updated_at)"
                + " select ?, v.id, v.hop, v.channel, v.pid, v.status, v.code, v.text,"
                + " coalesce(v.at, now()), v.parts, now()"
                + " from unnest(?::uuid[], ?::smallint[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::timestamptz[], ?::int[])"
                + " as v(id, hop, channel, pid, status, code, text, at, parts)"
                + " on conflict (tenant_id, message_id, hop) do update set"
                + " status = excluded.status, error_code = excluded.error_code,"
                + " error_text = excluded.error_text, at = excluded.at,"
                + " provider_message_id ="
                + " coalesce(message_hop.provider_message_id, excluded.provider_message_id),"
                + " sms_parts = coalesce(excluded.sms_parts, message_hop.sms_parts),"
                + " updated_at = now()")) {
      st.setString(1, tenant);
      st.setArray(2, c.createArrayOf("uuid", ids.toArray(UUID[]::new)));
      st.setArray(3, c.createArrayOf("smallint", positions));
      st.setArray(4, c.createArrayOf("text", channels));
      st.setArray(5, c.createArrayOf("text", providerIds));
      st.setArray(6, c.createArrayOf("text", statuses));
      st.setArray(7, c.createArrayOf("text", codes));
      st.setArray(8, c.createArrayOf("text", texts));
      st.setArray(9, c.createArrayOf("timestamptz", at));
      st.setArray(10, c.createArrayOf("integer", parts));
      st.executeUpdate();
    }
  }

  /** Applied, failed to read, or waiting for a message (tried again later, never dropped). */
  private static void settleReceipts(Connection c, List<Row> rows, Set<Long> waiting, Instant now)
      throws SQLException {
    int n = rows.size();
    String[] tenants = new String[n];
    Long[] ids = new Long[n];
    String[] states = new String[n];
    Timestamp[] next = new Timestamp[n];
    String[] problems = new String[n];
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      String state;
      Instant at = now;
      String problem = row.problem();
      if (problem != null) {
        state = "FAILED";
      } else if (!waiting.contains(row.id())) {
        state = "APPLIED";
      } else if (now.isAfter(row.receivedAt().plus(GIVE_UP_AFTER))) {
        state = "UNMATCHED";
        problem = "No sent message of this account has the ids it names";
        LOG.warning(
            () -> "Callback receipt " + row.id() + " matched no message in " + GIVE_UP_AFTER);
      } else {
        state = "WAITING";
        at = now.plus(backOff(row.attempts()));
      }
      tenants[i] = row.receipt().tenantId();
      ids[i] = row.id();
      states[i] = state;
      next[i] = Timestamp.from(at);
      problems[i] = problem;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "update callback_receipt r set state = v.state, attempts = r.attempts + 1,"
                + " next_at = v.next, problem = v.problem"
                + " from unnest(?::text[], ?::bigint[], ?::text[], ?::timestamptz[], ?::text[])"
                + " as v(tenant_id, id, state, next, problem)"
                + " where r.tenant_id = v.tenant_id and r.id = v.id")) {
      st.setArray(1, c.createArrayOf("text", tenants));
      st.setArray(2, c.createArrayOf("bigint", ids));
      st.setArray(3, c.createArrayOf("text", states));
      st.setArray(4, c.createArrayOf("timestamptz", next));
      st.setArray(5, c.createArrayOf("text", problems));
      st.executeUpdate();
    }
  }

  /** 1 s, 2 s, 4 s ... up to ten minutes. */
  static Duration backOff(int attempts) {
    Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 20));
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static UUID uuid(String text) {
    if (text == null || text.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
