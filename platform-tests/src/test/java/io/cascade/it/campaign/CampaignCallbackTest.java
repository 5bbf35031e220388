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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The providers' reports, as the simulator sends them (every one three times, shuffled, the first
 * ones while our record of the send is still being written), become exact counters: per message
 * state and per hop of the cascade, equal to what the simulator decided for each message (its truth
 * tally, not our tables).
 */
class CampaignCallbackTest {

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");
  private JsonNode outcomesBefore;

  @BeforeEach
  void reportsComeAtOnceAndThreeTimes() {
    outcomesBefore = control("GET", "/_control/outcomes", null);
    control("POST", "/_control/outcomes", "{\"min_delay_ms\":0,\"max_delay_ms\":2000}");
    Campaigns.fault(
        "{\"provider\":\"any\",\"kind\":\"duplicate_callback\",\"ratio\":1,\"copies\":3}");
  }

  @AfterEach
  void asBefore() {
    Campaigns.clearFaults();
    control("POST", "/_control/outcomes", outcomesBefore.toString());
  }

  @Test
  void aHyberViberThenSmsCampaignsCountersEqualTheSimulatorsTruthPerStateAndHop() throws Exception {
    String template =
        acme.template(
            "HYBER",
            "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\","
                + "\"ttlSeconds\":3600},"
                + "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\","
                + "\"ttlSeconds\":3600}");
    exactCounters("hyber", template, acme.account("HYBER"), 20_000);
  }

  @Test
  void aDecisionTelecomViberThenSmsCampaignsCountersEqualTheSimulatorsTruth() throws Exception {
    String template =
        acme.template(
            "DECISIONTELECOM",
            "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\","
                + "\"ttlSeconds\":40},"
                + "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%, sale\"}");
    exactCounters("decisiontelecom", template, acme.account("DECISIONTELECOM"), 2_000);
  }

  private void exactCounters(String provider, String template, String account, int recipients)
      throws Exception {
    StringBuilder csv = new StringBuilder("phone,name\n");
    for (String phone : Campaigns.phones(recipients)) {
      csv.append(phone).append(",Olena\n");
    }
    String list = acme.list(csv.toString(), "name");
    JsonNode before = truth(provider);
    String campaign = acme.draft(template, account, List.of(list), "");

    acme.schedule(campaign);
    acme.awaitState(campaign, "COMPLETED", Duration.ofMinutes(3));
    awaitAllReportsApplied(account, Duration.ofMinutes(5));

    JsonNode truth = minus(truth(provider), before);
    JsonNode counts = acme.counts(campaign);
    System.out.printf(
        "%s, %d recipients: the simulator decided %s; our counters %s%n",
        provider, recipients, truth, counts);
    assertThat(truth.get("messages").asLong()).isEqualTo(recipients);
    JsonNode messages = counts.get("messages");
    for (String state : List.of("DELIVERED", "UNDELIVERED", "EXPIRED")) {
      assertThat(messages.get(state).asLong())
          .as("%s messages", state)
          .isEqualTo(truth.get("final").get(state).asLong());
    }
    assertThat(messages.get("SENT").asLong()).as("sent with no final report").isZero();
    assertThat(hops(counts.get("hops"))).isEqualTo(hops(truth.get("hops")));
    assertThat(counts.get("reactions").path("SEEN").asLong())
        .as("seen")
        .isEqualTo(truth.get("seen").asLong());
    assertThat(counts.get("reactions").path("REPLIED").asLong())
        .as("replied")
        .isEqualTo(truth.get("replied").asLong());
  }

  /** Hop -> status -> count, without zero counts and with one spelling of the channels. */
  private static Map<String, Map<String, Long>> hops(JsonNode hops) {
    Map<String, Map<String, Long>> all = new TreeMap<>();
    hops.properties()
        .forEach(
            hop ->
                hop.getValue()
                    .properties()
                    .forEach(
                        status -> {
                          long n = status.getValue().asLong();
                          if (n != 0) {
                            all.computeIfAbsent(
                                    hop.getKey().toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                                .put(status.getKey(), n);
                          }
                        }));
    return all;
  }

  /**
   * Waits until the simulator has no callback left to send and none of ours waits to be applied.
   */
  private void awaitAllReportsApplied(String account, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonNode callbacks = control("GET", "/_control/stats", null).get("callbacks");
      if (callbacks.get("pending").asLong() == 0 && unapplied(account) == 0) {
        assertThat(callbacks.get("given_up").asLong()).as("callbacks given up").isZero();
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "Reports still on their way: "
            + control("GET", "/_control/stats", null).get("callbacks")
            + ", unapplied receipts "
            + unapplied(account));
  }

  private long unapplied(String account) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select count(*) from callback_receipt where account_id = ?::uuid"
                    + " and state in ('NEW', 'WAITING')")) {
      st.setString(1, account);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static JsonNode truth(String provider) {
    return control("GET", "/_control/truth?provider=" + provider, null).get(provider);
  }

  /** The tally of this campaign alone: after minus before, field by field. */
  private static JsonNode minus(JsonNode after, JsonNode before) {
    if (after.isNumber()) {
      return com.fasterxml.jackson.databind.node.LongNode.valueOf(
          after.asLong() - (before == null ? 0 : before.asLong()));
    }
    var result = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    after
        .properties()
        .forEach(
            e ->
                result.set(
                    e.getKey(),
                    minus(e.getValue(), before == null ? null : before.get(e.getKey()))));
    return result;
  }

  private static JsonNode control(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Platform.simulatorUrl() + path))
            .header("Content-Type", "application/json");
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request.method(method, HttpRequest.BodyPublishers.ofString(json));
    return Platform.json(Platform.send(request).body());
  }
}
