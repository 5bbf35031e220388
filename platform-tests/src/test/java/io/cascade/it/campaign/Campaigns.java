package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Campaigns made over REST, as a campaign manager makes them, against a {@link Node}; and what the
 * simulator's ledger says of them (the judge, not our tables).
 */
final class Campaigns {

  final Node node;
  private final String tenant;
  private final Map<String, String> tokens = new HashMap<>();
  private final Map<String, Instant> tokensAt = new HashMap<>();

  Campaigns(Node node, String tenant) {
    this.node = node;
    this.tenant = tenant;
  }

  /** A token of the tenant's admin, fresh: the crash tests outlive Keycloak's five minutes. */
  String admin() {
    return token("admin");
  }

  String manager() {
    return token("manager");
  }

  private synchronized String token(String role) {
    Instant at = tokensAt.get(role);
    if (at == null || at.isBefore(Instant.now().minusSeconds(60))) {
      tokens.put(role, Platform.accessToken(tenant + "-" + role));
      tokensAt.put(role, Instant.now());
    }
    return tokens.get(role);
  }

  static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An account of the provider at the simulator, with the simulator's demo credentials. */
  String account(String provider) {
    String body =
        switch (provider) {
          case "HYBER" ->
              "{\"provider\":\"HYBER\",\"hyberSite\":\"demo\",\"hyberClientId\":\"1001\","
                  + "\"login\":\"demo\",\"secret\":\"demo-secret\"";
          case "MESSAGGIO" ->
              "{\"provider\":\"MESSAGGIO\",\"login\":\"demo\",\"secret\":\"demo-secret\"";
          default -> "{\"provider\":\"DECISIONTELECOM\",\"secret\":\"demo-key\"";
        };
    return accountFrom(body);
  }

  /** An account from the start of its JSON (provider and credentials). */
  String accountFrom(String start) {
    return node.ok(
            node.post(
                "api/provider-accounts",
                admin(),
                start
                    + ",\"name\":\""
                    + unique("Account")
                    + "\",\"senderNames\":[\"Acme\"],\"baseUrl\":\""
                    + Platform.simulatorUrl()
                    + "\"}"))
        .get("id")
        .asText();
  }

  /** A list of the phones, each with a {@code name} variable; waits for the import. */
  String list(Map<String, String> nameByPhone) throws InterruptedException {
    StringBuilder csv = new StringBuilder("phone,name\n");
    nameByPhone.forEach((phone, name) -> csv.append(phone).append(',').append(name).append('\n'));
    return list(csv.toString(), "name");
  }

  String list(String csv, String variables) throws InterruptedException {
    String id =
        node.ok(node.post("api/audiences", manager(), "{\"name\":\"" + unique("List") + "\"}"))
            .get("id")
            .asText();
    JsonNode started =
        node.ok(
            node.post(
                "api/audiences/" + id + "/import?phoneColumn=phone&variables=" + variables,
                manager(),
                "text/csv",
                csv));
    String path = "api/audiences/" + id + "/import/" + started.get("id").asText();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      String status = node.ok(node.get(path, manager())).get("status").asText();
      if (!status.equals("READING") && !status.equals("MERGING")) {
        assertThat(status).as("import of list " + id).isEqualTo("COMPLETED");
        return id;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("The import of list " + id + " did not end");
  }

  /** A template of one channel with the given JSON of it ({@code "channel": ...}). */
  String template(String provider, String channelsJson) {
    return node.ok(
            node.post(
                "api/templates",
                manager(),
                "{\"name\":\""
                    + unique("Template")
                    + "\",\"provider\":\""
                    + provider
                    + "\",\"sampleVariables\":\"name=Olena\",\"channels\":["
                    + channelsJson
                    + "]}"))
        .get("id")
        .asText();
  }

  /** A draft starting now; {@code more} adds fields ({@code ,"throttlePerSecond":30}). */
  String draft(String templateId, String accountId, List<String> listIds, String more) {
    String lists = String.join(",", listIds.stream().map(id -> "\"" + id + "\"").toList());
    return node.ok(
            node.post(
                "api/campaigns",
                manager(),
                "{\"name\":\""
                    + unique("Campaign")
                    + "\",\"templateId\":\""
                    + templateId
                    + "\",\"accountId\":\""
                    + accountId
                    + "\",\"listIds\":["
                    + lists
                    + "],\"startAt\":\""
                    + Instant.now()
                    + "\""
                    + more
                    + "}"))
        .get("id")
        .asText();
  }

  JsonNode schedule(String campaignId) {
    return node.ok(node.post("api/campaigns/" + campaignId + "/schedule", manager(), ""));
  }

  JsonNode action(String campaignId, String action) {
    return node.ok(node.post("api/campaigns/" + campaignId + "/" + action, manager(), ""));
  }

  /**
   * Moves the start of a draft or a scheduled campaign, the rest of its design as it is (a
   * scheduled one's start trigger moves with it; a start that has passed starts it at once).
   */
  JsonNode moveStart(String campaignId, Instant startAt) {
    JsonNode c = campaign(campaignId);
    return node.ok(
        node.put(
            "api/campaigns/" + campaignId,
            manager(),
            "{\"name\":"
                + c.get("name")
                + ",\"templateId\":"
                + c.get("templateId")
                + ",\"accountId\":"
                + c.get("accountId")
                + ",\"listIds\":"
                + c.get("listIds")
                + ",\"timeZone\":"
                + c.get("timeZone")
                + ",\"startAt\":\""
                + startAt
                + "\"}"));
  }

  JsonNode campaign(String campaignId) {
    return node.ok(node.get("api/campaigns/" + campaignId, manager()));
  }

  JsonNode counts(String campaignId) {
    return node.ok(node.get("api/campaigns/" + campaignId + "/counts", manager()));
  }

  /** The states of a message that the provider took: sent, then whatever its reports said. */
  static final Set<String> WENT_OUT = Set.of("SENT", "DELIVERED", "UNDELIVERED", "EXPIRED");

  /** Messages the provider took, whether or not its reports have come in yet. */
  long wentOut(String campaignId) {
    JsonNode messages = counts(campaignId).get("messages");
    return WENT_OUT.stream().mapToLong(s -> messages.get(s).asLong()).sum();
  }

  /** Polls the campaign until the test holds (or the time runs out); returns the last campaign. */
  JsonNode await(String campaignId, Duration timeout, Predicate<JsonNode> done)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = campaign(campaignId);
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Campaign " + campaignId + " did not get there in time: " + last);
  }

  JsonNode awaitState(String campaignId, String state, Duration timeout)
      throws InterruptedException {
    return await(campaignId, timeout, c -> c.get("state").asText().equals(state));
  }

  /** Our message rows of the campaign: phone -> state. */
  Map<String, String> states(String campaignId) throws Exception {
    Map<String, String> states = new HashMap<>();
    try (Connection c = node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select phone, state from campaign_message where campaign_id = ?::uuid")) {
      st.setString(1, campaignId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          states.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return states;
  }

  /** Puts the phone on the tenant's suppression list (as the suppression screen does). */
  void suppress(String tenant, String e164) throws Exception {
    try (Connection c = node.db();
        PreparedStatement st =
            c.prepareStatement(
                "insert into suppressed_phone (id, tenant_id, phone, reason, created_at)"
                    + " values (gen_random_uuid(), ?, ?, 'test', now())"
                    + " on conflict do nothing")) {
      st.setString(1, tenant);
      st.setString(2, e164);
      st.executeUpdate();
    }
  }

  // ---- the simulator's ledger ----

  /** Sends the simulator counted to the phone (any provider, any id). */
  static long sends(String e164) {
    JsonNode answer =
        Platform.json(
            Platform.send(
                    HttpRequest.newBuilder(
                        URI.create(
                            Platform.simulatorUrl()
                                + "/_control/sends?phone="
                                + e164.substring(1))))
                .body());
    return answer.get("total").asLong();
  }

  /** The text the simulator sent to the phone last. */
  static String lastText(String e164) {
    JsonNode answer =
        Platform.json(
            Platform.send(
                    HttpRequest.newBuilder(
                        URI.create(
                            Platform.simulatorUrl()
                                + "/_control/messages?limit=1&phone="
                                + e164.substring(1))))
                .body());
    return answer.toString();
  }

  static void fault(String json) {
    Platform.send(
        HttpRequest.newBuilder(URI.create(Platform.simulatorUrl() + "/_control/faults"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static void clearFaults() {
    Platform.send(
        HttpRequest.newBuilder(URI.create(Platform.simulatorUrl() + "/_control/faults")).DELETE());
  }

  /** The next unused phone of this test run: +38067 and seven digits, from a random start. */
  private static final java.util.concurrent.atomic.AtomicLong NEXT_PHONE =
      new java.util.concurrent.atomic.AtomicLong(
          1_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(4_000_000));

  /** Phones no other test of this run uses (the ledger counts per phone). */
  static List<String> phones(int count) {
    long start = NEXT_PHONE.getAndAdd(count);
    return java.util.stream.LongStream.range(start, start + count)
        .mapToObj(n -> String.format("+38067%07d", n))
        .toList();
  }
}
