package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Platform;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The callback URL an account prints, as a provider (or someone guessing) reaches it: no login; a
 * token that names no account, or one rotated away, gets 404 and stores nothing; a body that is not
 * the provider's format 400 saying what is wrong; an oversized one 413; a good report 200 once it
 * is stored, even when it names a message we do not know yet.
 */
class CallbackEndpointTest {

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");

  private static final String HYBER_REPORT =
      "{\"message_id\":\"%s\",\"extra_id\":\"%s\",\"phone_number\":\"380671234567\","
          + "\"time\":1764676800000,\"status\":2,\"substatus\":23,\"hyber_status\":23033,"
          + "\"sent_via\":\"viber\",\"processed\":true,\"accepted\":true}";

  private String callbackUrl(String accountId) {
    return acme.node
        .ok(acme.node.get("api/provider-accounts/" + accountId, acme.admin()))
        .get("callbackUrl")
        .asText();
  }

  private static HttpResponse<String> post(String url, String contentType, String body) {
    return Platform.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private long receipts(String accountId) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select count(*) from callback_receipt where account_id = ?::uuid")) {
      st.setString(1, accountId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String report() {
    return String.format(HYBER_REPORT, UUID.randomUUID(), UUID.randomUUID());
  }

  @Test
  void aTokenThatNamesNoAccountOrWasRotatedAwayGets404AndStoresNothing() throws Exception {
    String account = acme.account("HYBER");
    String url = callbackUrl(account);
    assertThat(url).contains("/callbacks/hyber/");

    HttpResponse<String> forged =
        post(
            url.substring(0, url.lastIndexOf('/') + 1) + "A".repeat(43),
            "application/json",
            report());
    HttpResponse<String> wrongProvider =
        post(
            url.replace("/callbacks/hyber/", "/callbacks/messaggio/"),
            "application/json",
            report());
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(wrongProvider.statusCode()).as("the token of a Hyber account").isEqualTo(404);
    assertThat(receipts(account)).isZero();

    acme.node.ok(
        acme.node.post(
            "api/provider-accounts/" + account + "/rotate-callback-token", acme.admin(), ""));
    String rotated = callbackUrl(account);
    assertThat(rotated).isNotEqualTo(url);
    assertThat(post(url, "application/json", report()).statusCode())
        .as("the old URL after a rotation")
        .isEqualTo(404);
    assertThat(receipts(account)).isZero();
    assertThat(post(rotated, "application/json", report()).statusCode()).isEqualTo(200);
    assertThat(receipts(account)).isEqualTo(1);
  }

  @Test
  void malformedOversizedAndUnknownIdReportsGetTheirAnswersAndChangeNothingElse() throws Exception {
    String account = acme.account("HYBER");
    String url = callbackUrl(account);

    HttpResponse<String> notJson = post(url, "application/json", "{\"status\": 2,");
    HttpResponse<String> noIds = post(url, "application/json", "{\"status\":2}");
    HttpResponse<String> oversized =
        post(url, "application/json", "[" + (report() + ",").repeat(5_000) + report() + "]");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("Hyber callback").contains("JSON");
    assertThat(noIds.statusCode()).isEqualTo(400);
    assertThat(noIds.body()).contains("neither message_id nor extra_id");
    assertThat(oversized.statusCode()).isEqualTo(413);
    assertThat(oversized.body()).contains("smaller batches");
    assertThat(receipts(account)).as("nothing refused is stored").isZero();

    // a report of a message we do not know (yet): stored, answered 200, waiting for its message
    HttpResponse<String> unknown = post(url, "application/json", report());
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).isEqualTo("OK");
    assertThat(receipts(account)).isEqualTo(1);
    String state = "NEW";
    for (int i = 0; i < 50 && state.equals("NEW"); i++) {
      Thread.sleep(100);
      state = receiptState(account);
    }
    assertThat(state).as("kept for when its message appears").isEqualTo("WAITING");
  }

  @Test
  void aBatchedHyberArrayIsOneReceiptAndEachOfItsReportsApplies() throws Exception {
    Campaigns.fault("{\"provider\":\"hyber\",\"kind\":\"drop_callback\",\"ratio\":1}");
    try {
      List<String> phones = Campaigns.phones(3);
      String list = acme.list(Map.of(phones.get(0), "A", phones.get(1), "B", phones.get(2), "C"));
      String account = acme.account("HYBER");
      String template =
          acme.template(
              "HYBER", "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%\"}");
      String campaign = acme.draft(template, account, List.of(list), "");
      acme.schedule(campaign);
      acme.awaitState(campaign, "COMPLETED", Duration.ofSeconds(60));

      StringBuilder batch = new StringBuilder("[");
      for (String id : messageIds(campaign)) {
        batch
            .append(batch.length() > 1 ? "," : "")
            .append(
                "{\"extra_id\":\""
                    + id
                    + "\",\"time\":1764676800000,\"status\":2,\"substatus\":23,"
                    + "\"hyber_status\":23011,\"sent_via\":\"sms\",\"total_sms_parts\":1}");
      }
      batch.append("]");
      assertThat(post(callbackUrl(account), "application/json", batch.toString()).statusCode())
          .isEqualTo(200);
      assertThat(receipts(account)).as("one receipt for the batch").isEqualTo(1);
      Instant deadline = Instant.now().plusSeconds(20);
      while (acme.counts(campaign).get("messages").get("DELIVERED").asLong() < 3) {
        assertThat(Instant.now()).as("the batch applied in time").isBefore(deadline);
        Thread.sleep(200);
      }
      assertThat(acme.counts(campaign).get("hops").get("1:SMS").get("DELIVERED").asLong())
          .isEqualTo(3);
    } finally {
      Campaigns.clearFaults();
    }
  }

  private List<String> messageIds(String campaign) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement("select id from campaign_message where campaign_id = ?::uuid")) {
      st.setString(1, campaign);
      try (ResultSet rs = st.executeQuery()) {
        List<String> ids = new java.util.ArrayList<>();
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
        return ids;
      }
    }
  }

  @Test
  void messaggioReportsArriveAsAFormPostOrAsTheQueryOfAGet() throws Exception {
    String account = acme.account("MESSAGGIO");
    String url = callbackUrl(account);
    String report = "type=delivery&msg_id=" + UUID.randomUUID() + "&status=delivered";

    HttpResponse<String> form = post(url, "application/x-www-form-urlencoded", report);
    HttpResponse<String> get =
        Platform.send(HttpRequest.newBuilder(URI.create(url + "?" + report)).GET());
    HttpResponse<String> noType =
        post(url, "application/x-www-form-urlencoded", "msg_id=1&status=delivered");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(noType.statusCode()).isEqualTo(400);
    assertThat(noType.body()).contains("'type' is missing");
    assertThat(receipts(account)).isEqualTo(2);
  }

  @Test
  void guessingTokensFromOneAddressIsSlowedDown() {
    String base = callbackUrl(acme.account("HYBER"));
    base = base.substring(0, base.lastIndexOf('/') + 1);
    long first = 0;
    long last = 0;
    for (int i = 0; i < 30; i++) {
      String guess = UUID.randomUUID().toString().replace("-", "") + "guess" + i;
      long start = System.nanoTime();
      assertThat(post(base + guess, "application/json", report()).statusCode()).isEqualTo(404);
      long millis = (System.nanoTime() - start) / 1_000_000;
      first = i == 0 ? millis : first;
      last = millis;
    }
    assertThat(first).as("the first misses are answered at once").isLessThan(500);
    assertThat(last).as("the 30th distinct guess in a minute").isGreaterThanOrEqualTo(900);
  }

  @Test
  void theCallbackPathIsNotServedUnderTheApiToo() {
    HttpResponse<String> response =
        Platform.post("api/hyber/" + "A".repeat(43), acme.manager(), report());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  private String receiptState(String accountId) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement("select state from callback_receipt where account_id = ?::uuid")) {
      st.setString(1, accountId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
