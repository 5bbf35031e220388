package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    // callbacks other tests left to servers that are gone would keep the simulator busy
    SimulatorTruth.control("POST", "/_control/reset", null);
    outcomesBefore = SimulatorTruth.control("GET", "/_control/outcomes", null);
    SimulatorTruth.control(
        "POST", "/_control/outcomes", "{\"min_delay_ms\":0,\"max_delay_ms\":2000}");
    Campaigns.fault(
        "{\"provider\":\"any\",\"kind\":\"duplicate_callback\",\"ratio\":1,\"copies\":3}");
  }

  @AfterEach
  void asBefore() {
    Campaigns.clearFaults();
    SimulatorTruth.control("POST", "/_control/outcomes", outcomesBefore.toString());
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
    JsonNode before = SimulatorTruth.truth(provider);
    String campaign = acme.draft(template, account, List.of(list), "");

    acme.schedule(campaign);
    acme.awaitState(campaign, "COMPLETED", Duration.ofMinutes(3));
    awaitAllReportsApplied(account, Duration.ofMinutes(5));

    JsonNode truth = SimulatorTruth.minus(SimulatorTruth.truth(provider), before);
    JsonNode counts = acme.counts(campaign);
    System.out.printf(
        "%s, %d recipients: the simulator decided %s; our counters %s%n",
        provider, recipients, truth, counts);
    assertThat(truth.get("messages").asLong()).isEqualTo(recipients);
    SimulatorTruth.assertCountersEqual(counts, truth, true);
  }

  /**
   * Waits until the simulator has no callback left to send and none of ours waits to be applied.
   */
  private void awaitAllReportsApplied(String account, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonNode callbacks = SimulatorTruth.control("GET", "/_control/stats", null).get("callbacks");
      if (callbacks.get("pending").asLong() == 0 && unapplied(account) == 0) {
        assertThat(callbacks.get("given_up").asLong()).as("callbacks given up").isZero();
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "Reports still on their way: "
            + SimulatorTruth.control("GET", "/_control/stats", null).get("callbacks")
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
}
