package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Campaigns sent to the simulator on the shared platform, judged by the simulator's ledger: once
 * per recipient, never the suppressed, retried through passing refusals, paused by a provider that
 * refuses the account or stops answering, and paced by the throttle and the send window.
 */
class CampaignDispatchTest {

  private static final Duration DONE = Duration.ofSeconds(60);

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");

  @AfterEach
  void noFaultsLeft() {
    Campaigns.clearFaults();
  }

  private static Map<String, String> named(List<String> phones, String prefix) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < phones.size(); i++) {
      named.put(phones.get(i), prefix + i);
    }
    return named;
  }

  private String smsTemplate(String provider) {
    return acme.template(
        provider, "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\"}");
  }

  private String viberTemplate() {
    return acme.template(
        "DECISIONTELECOM",
        "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\","
            + "\"ttlSeconds\":3600}");
  }

  @Test
  void everyRecipientGetsOneMessageTheSuppressedNoneAndAPhoneInTwoListsOne() throws Exception {
    List<String> phones = Campaigns.phones(4);
    String first = acme.list(Map.of(phones.get(0), "A0", phones.get(1), "A1", phones.get(2), "A2"));
    String second = acme.list(Map.of(phones.get(2), "B2", phones.get(3), "B3"));
    acme.suppress("acme", phones.get(1));
    String campaign =
        acme.draft(smsTemplate("HYBER"), acme.account("HYBER"), List.of(first, second), "");

    acme.schedule(campaign);
    JsonNode done = acme.awaitState(campaign, "COMPLETED", DONE);

    assertThat(done.get("recipients").asLong()).isEqualTo(3);
    assertThat(done.get("suppressed").asLong()).isEqualTo(1);
    assertThat(acme.wentOut(campaign)).isEqualTo(3);
    assertThat(Campaigns.sends(phones.get(0))).isEqualTo(1);
    assertThat(Campaigns.sends(phones.get(1))).as("suppressed").isZero();
    assertThat(Campaigns.sends(phones.get(2))).as("in both lists").isEqualTo(1);
    assertThat(Campaigns.sends(phones.get(3))).isEqualTo(1);
    assertThat(Campaigns.lastText(phones.get(2)))
        .as("the variables of the first list that has the phone")
        .contains("Hi A2, winter sale");
  }

  @Test
  void passingRefusalsOfEachProviderAreRetriedUntilEveryRecipientHasOneMessage() throws Exception {
    for (String provider : List.of("HYBER", "MESSAGGIO", "DECISIONTELECOM")) {
      List<String> phones = Campaigns.phones(5);
      String list = acme.list(named(phones, "R"));
      String template =
          provider.equals("DECISIONTELECOM") ? viberTemplate() : smsTemplate(provider);
      String campaign = acme.draft(template, acme.account(provider), List.of(list), "");
      String p = provider.toLowerCase(java.util.Locale.ROOT);
      Campaigns.fault("{\"provider\":\"" + p + "\",\"kind\":\"temporary_error\",\"count\":2}");
      Campaigns.fault("{\"provider\":\"" + p + "\",\"kind\":\"rate_limit\",\"count\":1}");
      Campaigns.fault(
          "{\"provider\":\"" + p + "\",\"kind\":\"http_5xx\",\"status\":502,\"count\":1}");

      acme.schedule(campaign);
      acme.awaitState(campaign, "COMPLETED", DONE);

      assertThat(acme.wentOut(campaign)).as(provider).isEqualTo(5);
      for (String phone : phones) {
        assertThat(Campaigns.sends(phone)).as(provider + " sends to " + phone).isEqualTo(1);
      }
      Campaigns.clearFaults();
    }
  }

  @Test
  void aPermanentRefusalEndsTheMessageWithTheProvidersCodeAndTextAndTheOthersGo() throws Exception {
    List<String> phones = new ArrayList<>(Campaigns.phones(2));
    // Niue's numbers have 7 digits: valid, but DecisionTelecom takes 10 to 15
    phones.add("+6834002");
    String list = acme.list(named(phones, "P"));
    String campaign =
        acme.draft(viberTemplate(), acme.account("DECISIONTELECOM"), List.of(list), "");

    acme.schedule(campaign);
    acme.awaitState(campaign, "COMPLETED", DONE);

    Map<String, String> states = acme.states(campaign);
    assertThat(states.get("+6834002")).isEqualTo("REJECTED");
    assertThat(states.get(phones.get(0))).isIn(Campaigns.WENT_OUT);
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select error_code, error_text from campaign_message"
                    + " where campaign_id = ?::uuid and phone = '+6834002'")) {
      st.setString(1, campaign);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("1");
        assertThat(rs.getString(2)).contains("Invalid Parameter: destination_addr");
      }
    }
  }

  @Test
  void aProviderThatStopsAnsweringPausesTheCampaignAndResumeFinishesItWithNothingTwice()
      throws Exception {
    List<String> phones = Campaigns.phones(30);
    String list = acme.list(named(phones, "D"));
    String campaign =
        acme.draft(viberTemplate(), acme.account("DECISIONTELECOM"), List.of(list), "");
    Campaigns.fault("{\"provider\":\"decisiontelecom\",\"kind\":\"http_5xx\",\"ratio\":1}");

    acme.schedule(campaign);
    JsonNode paused = acme.awaitState(campaign, "PAUSED", DONE);

    assertThat(paused.get("reason").asText())
        .contains("DecisionTelecom has accepted nothing")
        .contains("HTTP_503");
    assertThat(phones.stream().mapToLong(Campaigns::sends).sum()).isZero();

    Campaigns.clearFaults();
    acme.action(campaign, "resume");
    acme.awaitState(campaign, "COMPLETED", DONE);
    for (String phone : phones) {
      assertThat(Campaigns.sends(phone)).as(phone).isEqualTo(1);
    }
  }

  @Test
  void refusedCredentialsPauseTheCampaignInsteadOfFailingEveryRecipient() throws Exception {
    List<String> phones = Campaigns.phones(3);
    String list = acme.list(named(phones, "K"));
    String account = acme.accountFrom("{\"provider\":\"DECISIONTELECOM\",\"secret\":\"not-a-key\"");
    String campaign = acme.draft(viberTemplate(), account, List.of(list), "");

    acme.schedule(campaign);
    JsonNode paused = acme.awaitState(campaign, "PAUSED", DONE);

    assertThat(paused.get("reason").asText()).contains("refused the account").contains("HTTP_401");
    JsonNode counts = acme.counts(campaign).get("messages");
    assertThat(counts.get("REJECTED").asLong()).as("no recipient failed for it").isZero();
    assertThat(counts.get("PENDING").asLong()).isEqualTo(3);
    acme.action(campaign, "cancel");
    assertThat(acme.counts(campaign).get("messages").get("CANCELLED").asLong()).isEqualTo(3);
  }

  @Test
  void theThrottleHoldsTheRateWithinTenPercentOverTenSeconds() throws Exception {
    int rate = 25;
    List<String> phones = Campaigns.phones(rate * 14);
    String list = acme.list(named(phones, "T"));
    String campaign =
        acme.draft(
            viberTemplate(),
            acme.account("DECISIONTELECOM"),
            List.of(list),
            ",\"throttlePerSecond\":" + rate);

    acme.schedule(campaign);
    acme.awaitState(campaign, "COMPLETED", Duration.ofSeconds(40));

    List<Instant> sent = new ArrayList<>();
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select sent_at from campaign_message where campaign_id = ?::uuid"
                    + " order by sent_at")) {
      st.setString(1, campaign);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          sent.add(rs.getTimestamp(1).toInstant());
        }
      }
    }
    assertThat(sent).hasSize(phones.size());
    // every 10-second window from the first send to the last full one carries 250 +- 10 %
    Instant first = sent.get(0);
    Instant last = sent.get(sent.size() - 1);
    for (Instant from = first; !from.plusSeconds(10).isAfter(last); from = from.plusMillis(500)) {
      Instant start = from;
      long inWindow =
          sent.stream()
              .filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(10)))
              .count();
      assertThat(inWindow).as("sends in the 10 s from %s", start).isBetween(225L, 275L);
    }
  }

  @Test
  void theSendWindowIsReadInEachRecipientsOwnTime() throws Exception {
    // Kyiv's recipients are inside a window around Kyiv's present hour; New York's, seven hours
    // behind, are outside it and wait for it to open there
    String kyiv = Campaigns.phones(1).get(0);
    String newYork = "+1201555" + String.format("%04d", (int) (Math.random() * 9000) + 100);
    String list = acme.list(Map.of(kyiv, "Olena", newYork, "John"));
    LocalTime now = LocalTime.now(ZoneId.of("Europe/Kyiv")).truncatedTo(ChronoUnit.MINUTES);
    LocalTime start = now.minusHours(1);
    LocalTime end = now.plusHours(1);
    String campaign =
        acme.draft(
            smsTemplate("HYBER"),
            acme.account("HYBER"),
            List.of(list),
            ",\"window\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"}");

    acme.schedule(campaign);
    acme.await(campaign, DONE, c -> acme.wentOut(c.get("id").asText()) == 1);

    JsonNode counts = acme.counts(campaign);
    assertThat(Campaigns.sends(kyiv)).isEqualTo(1);
    assertThat(Campaigns.sends(newYork)).isZero();
    assertThat(counts.get("state").asText()).isEqualTo("RUNNING");
    assertThat(counts.get("waitingForWindow").asLong()).isEqualTo(1);
    Instant opens = Instant.parse(counts.get("windowOpensAt").asText());
    assertThat(opens.atZone(ZoneId.of("America/New_York")).toLocalTime())
        .as("the window's start in New York")
        .isEqualTo(start);
    acme.action(campaign, "cancel");
  }
}
