package io.cascade.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The changes one transaction makes to campaign counters, gathered while it moves messages and
 * written at its end in one statement. Rows are upserted in key order, so two transactions that
 * touch the same counters lock them in the same order and cannot deadlock on them.
 */
public final class CounterChanges {

  /** Message-level counters have hop 0 and no channel. */
  public static final int MESSAGE = 0;

  private static final String NO_CHANNEL = "";

  private record Key(UUID campaignId, int hop, String channel, String name) {}

  private final Map<String, Map<Key, Long>> byTenant = new TreeMap<>();

  /** {@code n} messages of the campaign moved from one state to another. */
  public CounterChanges move(String tenant, UUID campaignId, String from, String to, long n) {
    if (n != 0 && !from.equals(to)) {
      add(tenant, campaignId, MESSAGE, NO_CHANNEL, from, -n);
      add(tenant, campaignId, MESSAGE, NO_CHANNEL, to, n);
    }
    return this;
  }

  /** {@code n} more messages of the campaign in this state (or SEEN, CLICKED, REPLIED). */
  public CounterChanges add(String tenant, UUID campaignId, String name, long n) {
    return add(tenant, campaignId, MESSAGE, NO_CHANNEL, name, n);
  }

  /** {@code n} more hops at this position and channel in this status. */
  public CounterChanges add(
      String tenant, UUID campaignId, int hop, String channel, String name, long n) {
    if (n != 0) {
      byTenant
          .computeIfAbsent(tenant, t -> new HashMap<>())
          .merge(new Key(campaignId, hop, channel, name), n, Long::sum);
    }
    return this;
  }

  /** Writes the changes on the transaction's connection and forgets them. */
  public void write(Connection c) throws SQLException {
    for (var tenant : byTenant.entrySet()) {
      List<Map.Entry<Key, Long>> changes =
          tenant.getValue().entrySet().stream().filter(e -> e.getValue() != 0).toList();
      if (changes.isEmpty()) {
        continue;
      }
      int size = changes.size();
      UUID[] campaigns = new UUID[size];
      Integer[] hops = new Integer[size];
      String[] channels = new String[size];
      String[] names = new String[size];
      Long[] deltas = new Long[size];
      for (int i = 0; i < size; i++) {
        Key k = changes.get(i).getKey();
        campaigns[i] = k.campaignId();
        hops[i] = k.hop();
        channels[i] = k.channel();
        names[i] = k.name();
        deltas[i] = changes.get(i).getValue();
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "insert into campaign_counter (tenant_id, campaign_id, hop, channel, name, n)"
                  + " select ?, v.c, v.h, v.ch, v.nm, v.n from unnest(?::uuid[], ?::smallint[],"
                  + " ?::text[], ?::text[], ?::bigint[]) as v(c, h, ch, nm, n)"
                  + " order by v.c, v.h, v.ch, v.nm"
                  + " on conflict (tenant_id, campaign_id, hop, channel, name)"
                  + " do update set n = campaign_counter.n + excluded.n")) {
        st.setString(1, tenant.getKey());
        st.setArray(2, c.createArrayOf("uuid", campaigns));
        st.setArray(3, c.createArrayOf("smallint", hops));
        st.setArray(4, c.createArrayOf("text", channels));
        st.setArray(5, c.createArrayOf("text", names));
        st.setArray(6, c.createArrayOf("bigint", deltas));
        st.executeUpdate();
      }
    }
    byTenant.clear();
  }
}
