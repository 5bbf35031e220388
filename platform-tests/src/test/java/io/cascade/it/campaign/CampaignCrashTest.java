package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The WildFly sending a 20,000-recipient campaign is killed with SIGKILL at a random moment while
 * it sends, and started again. The campaign completes; the simulator's ledger shows no recipient
 * sent twice, every recipient sent once or marked UNKNOWN, and UNKNOWN no more than was in flight.
 */
class CampaignCrashTest {

  private static final int RECIPIENTS = 20_000;

  private static SecondPlatform platform;
  private static Campaigns acme;

  @BeforeAll
  static void start() throws Exception {
    platform = SecondPlatform.start();
    acme = new Campaigns(platform.node(), "acme");
  }

  @AfterAll
  static void stop() {
    Campaigns.clearFaults();
    platform.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HYBER", "MESSAGGIO", "DECISIONTELECOM"})
  void aCampaignKilledWhileSendingCompletesWithNothingSentTwice(String provider) throws Exception {
    List<String> phones = Campaigns.phones(RECIPIENTS);
    StringBuilder csv = new StringBuilder("phone,name\n");
    phones.forEach(p -> csv.append(p).append(",N").append(p.substring(8)).append('\n'));
    String list = acme.list(csv.toString(), "name");
    String template =
        provider.equals("DECISIONTELECOM")
            ? acme.template(
                provider,
                "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%\",\"ttlSeconds\":3600}")
            : acme.template(
                provider, "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%\"}");
    String campaign = acme.draft(template, acme.account(provider), List.of(list), "");
    // slow enough that the kill lands while requests are in flight
    String p = provider.toLowerCase(java.util.Locale.ROOT);
    Campaigns.fault(
        switch (provider) {
          case "HYBER" ->
              "{\"provider\":\"hyber\",\"kind\":\"slow\",\"delay_ms\":3000,\"count\":1}";
          case "MESSAGGIO" ->
              "{\"provider\":\"messaggio\",\"kind\":\"slow\",\"delay_ms\":150,\"ratio\":1}";
          default -> "{\"provider\":\"" + p + "\",\"kind\":\"slow\",\"delay_ms\":100,\"ratio\":1}";
        });

    acme.schedule(campaign);
    awaitSending(campaign);
    Thread.sleep(ThreadLocalRandom.current().nextLong(100, 1500));
    platform.kill();
    Map<String, Long> atKill = counts(campaign);
    long inFlight = atKill.getOrDefault("CLAIMED", 0L);
    Campaigns.clearFaults();

    platform.boot();
    acme.awaitState(campaign, "COMPLETED", Duration.ofSeconds(180));
    Map<String, Long> after = counts(campaign);
    Map<String, String> states = acme.states(campaign);
    Map<String, Long> ledger = ledger(phones);

    long twice = ledger.values().stream().filter(n -> n > 1).count();
    long unknown = after.getOrDefault("UNKNOWN", 0L);
    System.out.printf(
        "%s: %d recipients; at the kill %d sent, %d in flight; after the restart %d sent, %d"
            + " unknown; the simulator's ledger: %d sends, %d recipients sent twice%n",
        provider,
        RECIPIENTS,
        wentOut(atKill),
        inFlight,
        wentOut(after),
        unknown,
        ledger.values().stream().mapToLong(Long::longValue).sum(),
        twice);
    assertThat(twice).as("recipients sent twice").isZero();
    assertThat(states).hasSize(RECIPIENTS);
    for (String phone : phones) {
      String state = states.get(phone);
      long sends = ledger.get(phone);
      if (Campaigns.WENT_OUT.contains(state)) {
        assertThat(sends).as("sent " + phone).isEqualTo(1);
      } else {
        assertThat(state).as(phone + " is sent or unknown").isEqualTo("UNKNOWN");
        assertThat(sends).as("unknown " + phone).isLessThanOrEqualTo(1);
      }
    }
    assertThat(unknown).as("unknown, at most what was in flight").isLessThanOrEqualTo(inFlight);
  }

  private static long wentOut(Map<String, Long> counts) {
    return Campaigns.WENT_OUT.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
  }

  private static void awaitSending(String campaign) throws Exception {
    for (int i = 0; i < 600; i++) {
      Map<String, Long> counts = counts(campaign);
      if (counts.getOrDefault("CLAIMED", 0L) > 0 || wentOut(counts) > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("The campaign did not start sending");
  }

  private static Map<String, Long> counts(String campaign) throws Exception {
    Map<String, Long> counts = new java.util.HashMap<>();
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select state, count(*) from campaign_message where campaign_id = ?::uuid"
                    + " group by state")) {
      st.setString(1, campaign);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  /** The simulator's count of sends to each phone, asked 32 at a time. */
  private static Map<String, Long> ledger(List<String> phones) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<String, Long> sends = new java.util.concurrent.ConcurrentHashMap<>();
    for (int from = 0; from < phones.size(); from += 32) {
      List<CompletableFuture<Void>> batch =
          phones.subList(from, Math.min(phones.size(), from + 32)).stream()
              .map(
                  phone ->
                      http.sendAsync(
                              HttpRequest.newBuilder(
                                      URI.create(
                                          Platform.simulatorUrl()
                                              + "/_control/sends?phone="
                                              + phone.substring(1)))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString())
                          .thenAccept(
                              r -> {
                                JsonNode body = Platform.json(r.body());
                                sends.put(phone, body.get("total").asLong());
                              }))
              .toList();
      batch.forEach(CompletableFuture::join);
    }
    return sends;
  }
}
