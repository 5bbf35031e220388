package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quartz's start trigger lives in the database: a campaign scheduled before a restart starts on
 * time after it, and one whose start passed while the server was down starts right after start-up.
 */
class CampaignRestartTest {

  private static SecondPlatform platform;
  private static Campaigns acme;

  @BeforeAll
  static void start() throws Exception {
    platform = SecondPlatform.start();
    acme = new Campaigns(platform.node(), "acme");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private String scheduled(Instant startAt) throws Exception {
    String list = acme.list(Map.of(Campaigns.phones(1).get(0), "Ann"));
    String template =
        acme.template("HYBER", "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%\"}");
    String campaign =
        acme.node
            .ok(
                acme.node.post(
                    "api/campaigns",
                    acme.manager(),
                    "{\"name\":\"Restart\",\"templateId\":\""
                        + template
                        + "\",\"accountId\":\""
                        + acme.account("HYBER")
                        + "\",\"listIds\":[\""
                        + list
                        + "\"],\"startAt\":\""
                        + startAt
                        + "\"}"))
            .get("id")
            .asText();
    acme.schedule(campaign);
    return campaign;
  }

  @Test
  void aCampaignScheduledAMinuteAheadStartsOnTimeAfterARestartInBetween() throws Exception {
    Instant startAt = Instant.now().plusSeconds(60);
    String campaign = scheduled(startAt);

    platform.stop();
    platform.boot();
    assertThat(Instant.now()).as("the server is back before the start").isBefore(startAt);
    JsonNode done = acme.awaitState(campaign, "COMPLETED", Duration.ofSeconds(120));

    Instant startedAt = Instant.parse(done.get("startedAt").asText());
    System.out.printf(
        "Scheduled start %s, started %s: %d ms late%n",
        startAt, startedAt, Duration.between(startAt, startedAt).toMillis());
    assertThat(Duration.between(startAt, startedAt))
        .isBetween(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Test
  void aCampaignWhoseStartPassedWhileTheServerWasDownStartsRightAfterStartUp() throws Exception {
    Instant startAt = Instant.now().plusSeconds(8);
    String campaign = scheduled(startAt);

    platform.stop();
    while (Instant.now().isBefore(startAt.plusSeconds(15))) {
      Thread.sleep(500);
    }
    platform.boot();
    Instant up = Instant.now();
    JsonNode done = acme.awaitState(campaign, "COMPLETED", Duration.ofSeconds(60));

    Instant startedAt = Instant.parse(done.get("startedAt").asText());
    System.out.printf(
        "Start %s passed while down; server up %s, started %s%n", startAt, up, startedAt);
    assertThat(startedAt).isAfter(startAt.plusSeconds(15));
    assertThat(Duration.between(up, startedAt)).isLessThan(Duration.ofSeconds(5));
    assertThat(Campaigns.sends(acme.states(campaign).keySet().iterator().next())).isEqualTo(1);
  }

  /** An account made before V13 kept its callback token in clear; start-up moves it to a hash. */
  @Test
  void aCallbackTokenStoredInClearIsHashedAtStartUpAndItsUrlStillWorks() throws Exception {
    String account = acme.account("MESSAGGIO");
    String token = "clear" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "update provider_account set callback_token = ?, callback_token_hash = null,"
                    + " callback_token_ciphertext = null, callback_token_key_id = null"
                    + " where id = ?::uuid")) {
      st.setString(1, token);
      st.setString(2, account);
      assertThat(st.executeUpdate()).isEqualTo(1);
    }

    platform.stop();
    platform.boot();

    JsonNode shown = acme.node.ok(acme.node.get("api/provider-accounts/" + account, acme.admin()));
    assertThat(shown.get("callbackUrl").asText()).endsWith("/callbacks/messaggio/" + token);
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select callback_token, callback_token_hash from provider_account"
                    + " where id = ?::uuid")) {
      st.setString(1, account);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).as("the clear token").isNull();
        assertThat(rs.getString(2)).hasSize(64).doesNotContain(token);
      }
    }
  }
}
