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
import org.junit.jupiter.api.Test;

/**
 * Reports that never come: the simulator is told to drop every callback of a campaign. Once the
 * messages' TTL and the grace (2 s in the tests) have passed, the platform asks the provider where
 * it can (Hyber by our extra_id) and its answers settle every message as the simulator decided
 * them; where it cannot (Messaggio), the messages expire with the reason.
 */
class CampaignReconciliationTest {

  private static final Duration SETTLED = Duration.ofSeconds(150);

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");

  @AfterEach
  void noFaultsLeft() {
    Campaigns.clearFaults();
  }

  private String list(int recipients) throws InterruptedException {
    StringBuilder csv = new StringBuilder("phone,name\n");
    for (String phone : Campaigns.phones(recipients)) {
      csv.append(phone).append(",Olena\n");
    }
    return acme.list(csv.toString(), "name");
  }

  @Test
  void messagesWhoseReportsWereDroppedAreSettledByAskingTheProviderOrExpireWithTheReason()
      throws Exception {
    Campaigns.fault("{\"provider\":\"any\",\"kind\":\"drop_callback\",\"ratio\":1}");
    String hyberTemplate =
        acme.template(
            "HYBER",
            "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%\","
                + "\"ttlSeconds\":40}");
    String messaggioTemplate =
        acme.template(
            "MESSAGGIO",
            "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%\",\"ttlSeconds\":60}");
    JsonNode before = SimulatorTruth.truth("hyber");
    String hyber = acme.draft(hyberTemplate, acme.account("HYBER"), List.of(list(40)), "");
    String messaggio =
        acme.draft(messaggioTemplate, acme.account("MESSAGGIO"), List.of(list(10)), "");

    acme.schedule(hyber);
    acme.schedule(messaggio);
    acme.awaitState(hyber, "COMPLETED", Duration.ofSeconds(60));
    acme.awaitState(messaggio, "COMPLETED", Duration.ofSeconds(60));
    assertThat(acme.counts(hyber).get("messages").get("SENT").asLong())
        .as("no report came")
        .isEqualTo(40);
    awaitNoneSent(hyber);
    awaitNoneSent(messaggio);

    JsonNode truth = SimulatorTruth.minus(SimulatorTruth.truth("hyber"), before);
    JsonNode counts = acme.counts(hyber);
    System.out.printf(
        "Hyber, every report dropped: the simulator decided %s; after reconciliation %s%n",
        truth, counts);
    assertThat(truth.get("messages").asLong()).isEqualTo(40);
    SimulatorTruth.assertCountersEqual(counts, truth, false);
    JsonNode expired = acme.counts(messaggio).get("messages");
    assertThat(expired.get("EXPIRED").asLong()).isEqualTo(10);
    assertThat(errorTexts(messaggio))
        .containsOnly(
            "No final report came within its TTLs (60 s) and 2 s more; Messaggio cannot be asked"
                + " for it");
  }

  private void awaitNoneSent(String campaign) throws InterruptedException {
    Instant deadline = Instant.now().plus(SETTLED);
    while (acme.counts(campaign).get("messages").get("SENT").asLong() > 0) {
      assertThat(Instant.now()).as("every message settled in time").isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  private List<String> errorTexts(String campaign) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select distinct error_text from campaign_message where campaign_id = ?::uuid")) {
      st.setString(1, campaign);
      try (ResultSet rs = st.executeQuery()) {
        List<String> texts = new java.util.ArrayList<>();
        while (rs.next()) {
          texts.add(rs.getString(1));
        }
        return texts;
      }
    }
  }
}
