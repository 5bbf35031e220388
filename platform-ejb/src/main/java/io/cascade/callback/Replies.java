package io.cascade.callback;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.reply.OptOutKeywords;
import io.cascade.provider.ProviderEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The replies of one batch of receipts for one account: kept once each however often the provider
 * repeats them (a key per provider), and a reply that is one of the tenant's opt-out keywords puts
 * its number on the suppression list, so the next campaign skips it.
 */
final class Replies {

  private record Row(
      String key,
      Instant at,
      UUID campaignId,
      UUID messageId,
      String phone,
      String channel,
      String text,
      String mediaUrl,
      String location) {}

  private final String tenant;
  private final UUID accountId;
  private final ProviderKind provider;
  private final List<Row> rows = new ArrayList<>();

  Replies(String tenant, UUID accountId, ProviderKind provider) {
    this.tenant = tenant;
    this.accountId = accountId;
    this.provider = provider;
  }

  /**
   * A reply; the message it answers when known (its campaign, and its phone when the event has
   * none).
   */
  void add(ProviderEvent e, MessageFate answered, Instant now) {
    String phone = e164(e.details().getOrDefault("phone", e.details().get("phone_number")));
    if (phone == null && answered != null) {
      phone = answered.phone;
    }
    rows.add(
        new Row(
            key(e),
            e.at() == null ? now : e.at(),
            answered == null ? null : answered.campaignId,
            answered == null ? null : answered.id,
            phone,
            e.channel() == null ? null : e.channel().name(),
            e.text() == null ? "" : e.text(),
            e.details().get("media_url"),
            e.details().get("location")));
  }

  /** Inserts the new ones and suppresses the numbers of those that opt out. */
  void write(Connection c) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    OptOutKeywords keywords = keywords(c);
    int n = rows.size();
    UUID[] ids = new UUID[n];
    String[] keys = new String[n];
    Timestamp[] at = new Timestamp[n];
    UUID[] campaigns = new UUID[n];
    UUID[] messages = new UUID[n];
    String[] phones = new String[n];
    String[] channels = new String[n];
    String[] texts = new String[n];
    String[] media = new String[n];
    String[] locations = new String[n];
    Boolean[] optOut = new Boolean[n];
    Set<String> suppress = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      ids[i] = UUID.randomUUID();
      keys[i] = r.key();
      at[i] = Timestamp.from(r.at());
      campaigns[i] = r.campaignId();
      messages[i] = r.messageId();
      phones[i] = r.phone();
      channels[i] = r.channel();
      texts[i] = r.text();
      media[i] = r.mediaUrl();
      locations[i] = r.location();
      optOut[i] = keywords.matches(r.text()) && r.phone() != null;
      if (optOut[i]) {
        suppress.add(r.phone());
      }
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "insert into message_reply (id, tenant_id, provider, reply_key, account_id, at,"
                + " campaign_id, campaign_name, message_id, phone, channel, text, media_url,"
                + " location, opt_out)"
                + " select v.id, ?, ?, v.key, ?, v.at, v.campaign, k.name, v.message, v.phone,"
                + " v.channel, v.text, v.media, v.location, v.opt_out"
                + " from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::uuid[], ?::uuid[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])"
                + " as v(id, key, at, campaign, message, phone, channel, text, media, location,"
                + " opt_out)"
                + " left join campaign k on k.tenant_id = ? and k.id = v.campaign"
                + " on conflict (tenant_id, provider, reply_key) do nothing")) {
      int i = 1;
      st.setString(i++, tenant);
      st.setString(i++, provider.name());
      st.setObject(i++, accountId);
      st.setArray(i++, c.createArrayOf("uuid", ids));
      st.setArray(i++, c.createArrayOf("text", keys));
      st.setArray(i++, c.createArrayOf("timestamptz", at));
      st.setArray(i++, c.createArrayOf("uuid", campaigns));
      st.setArray(i++, c.createArrayOf("uuid", messages));
      st.setArray(i++, c.createArrayOf("text", phones));
      st.setArray(i++, c.createArrayOf("text", channels));
      st.setArray(i++, c.createArrayOf("text", texts));
      st.setArray(i++, c.createArrayOf("text", media));
      st.setArray(i++, c.createArrayOf("text", locations));
      st.setArray(i++, c.createArrayOf("boolean", optOut));
      st.setString(i, tenant);
      st.executeUpdate();
    }
    if (!suppress.isEmpty()) {
      try (PreparedStatement st =
          c.prepareStatement(
              "insert into suppressed_phone (id, tenant_id, phone, reason, created_at)"
                  + " select gen_random_uuid(), ?, p, ?, now() from unnest(?::text[]) as p"
                  + " on conflict (tenant_id, phone) do nothing")) {
        st.setString(1, tenant);
        st.setString(2, "Opted out by a reply (" + provider.displayName() + ")");
        st.setArray(3, c.createArrayOf("text", suppress.toArray(String[]::new)));
        st.executeUpdate();
      }
    }
    rows.clear();
  }

  private OptOutKeywords keywords(Connection c) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("select opt_out_keywords from tenant_profile where tenant_id = ?")) {
      st.setString(1, tenant);
      try (ResultSet rs = st.executeQuery()) {
        return OptOutKeywords.parse(rs.next() ? rs.getString(1) : null);
      }
    }
  }

  /**
   * What makes a reply the same one when the provider repeats it: DecisionTelecom's message token;
   * otherwise the message it answers, its time and its text.
   */
  private static String key(ProviderEvent e) {
    String token = e.details().get("message_token");
    if (token != null) {
      return "token:" + cut(token);
    }
    String about =
        e.providerMessageId() != null
            ? e.providerMessageId()
            : e.messageId() != null ? e.messageId() : e.details().getOrDefault("phone", "");
    return cut(about) + "|" + (e.at() == null ? "" : e.at().toEpochMilli()) + "|" + sha(e.text());
  }

  private static String cut(String s) {
    return s.length() > 120 ? s.substring(0, 120) : s;
  }

  private static String sha(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A provider's number as E.164: digits, with the plus. */
  private static String e164(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.length() < 8 || digits.length() > 15 ? null : "+" + digits;
  }
}
