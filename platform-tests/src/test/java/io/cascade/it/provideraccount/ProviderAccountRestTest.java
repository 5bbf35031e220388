package io.cascade.it.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import io.cascade.it.support.PlatformSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API of provider accounts, the checks against the simulator, and secrets at rest. */
class ProviderAccountRestTest {

  private static final String MASK = "••••••••";
  private final String admin = Platform.accessToken("acme-admin");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/",
        "http://localhost:8080/",
        "http://localhost:18080/",
        "http://127.0.0.1:18190/"
      })
  void aBaseUrlOutsideTheDocumentedOnesAndTheAllowListIsRefused(String base) {
    HttpResponse<String> refused =
        Platform.post(
            Accounts.PATH,
            admin,
            "{\"provider\":\"MESSAGGIO\",\"name\":\"Internal\",\"baseUrl\":\""
                + base
                + "\",\"login\":\"demo\",\"secret\":\"demo-secret\",\"senderNames\":[\"Acme\"]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = Platform.json(refused.body());
    assertThat(error.get("field").asText()).isEqualTo("baseUrl");
    assertThat(error.get("message").asText()).contains("is not allowed").contains("Leave it empty");
  }

  @Test
  void anAccountIsCheckedAgainstItsProvidersLimitsWithEveryProblemAtOnce() {
    HttpResponse<String> refused =
        Platform.post(
            Accounts.PATH,
            admin,
            "{\"provider\":\"HYBER\",\"name\":\"Hyber\",\"hyberSite\":\"demo\","
                + "\"hyberClientId\":\"1001\",\"login\":\"demo\",\"secret\":\"s\","
                + "\"senderNames\":[\"AcmeShopOnline2026\"],\"viberTtlSeconds\":30}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = Platform.json(refused.body());
    assertThat(error.get("field").asText()).isEqualTo("senderNames");
    assertThat(error.get("problems"))
        .extracting(p -> p.get("field").asText())
        .containsExactly("senderNames", "viberTtlSeconds");
    assertThat(error.get("message").asText())
        .contains("Hyber sends from sender names of at most 11 characters: AcmeShopOnline2026")
        .contains("Hyber takes a Viber TTL of 40 to 86400 seconds, not 30");
  }

  @Test
  void aMissingSecretIsRefusedWithWhatToFix() {
    HttpResponse<String> refused =
        Platform.post(
            Accounts.PATH,
            admin,
            "{\"provider\":\"DECISIONTELECOM\",\"name\":\"DT\",\"senderNames\":[\"Acme\"]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Platform.json(refused.body()).get("field").asText()).isEqualTo("secret");
    assertThat(refused.body()).contains("API key is required");
  }

  @Test
  void anAccountLivesThroughCheckRotationWrongSecretAndDeletion() {
    Accounts.Created account = Accounts.messaggioAtSimulator(admin, "REST Messaggio");
    String path = Accounts.PATH + "/" + account.id();
    JsonNode created = Platform.json(account.body());
    assertThat(created.get("secret").asText()).isEqualTo(MASK);
    assertThat(account.body()).doesNotContain(account.secret());
    assertThat(created.get("enabled").asBoolean()).isTrue();
    String callbackUrl = created.get("callbackUrl").asText();
    assertThat(callbackUrl).matches("http://localhost:18080/callbacks/messaggio/[A-Za-z0-9_-]{43}");

    HttpResponse<String> list = Platform.get(Accounts.PATH, admin);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(account.id()).doesNotContain(account.secret());

    HttpResponse<String> check =
        Platform.post(path + "/check", admin, "{\"phone\":\"+380961111111\"}");
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    JsonNode ok = Platform.json(check.body());
    assertThat(ok.get("ok").asBoolean()).isTrue();
    assertThat(ok.get("code").asText()).isEqualTo("ACCEPTED");
    assertThat(ok.get("text").asText()).contains("Messaggio accepted the test message, message id");

    JsonNode rotated =
        Platform.json(Platform.post(path + "/rotate-callback-token", admin, "").body());
    assertThat(rotated.get("callbackUrl").asText())
        .isNotEqualTo(callbackUrl)
        .startsWith("http://localhost:18080/callbacks/messaggio/");
    assertThat(rotated.get("lastCheck").get("code").asText()).isEqualTo("ACCEPTED");

    // a wrong secret: the simulator's own answer comes back, code and text
    HttpResponse<String> changed =
        Platform.put(
            path,
            admin,
            "{\"name\":\"REST Messaggio\",\"baseUrl\":\""
                + Platform.simulatorUrl()
                + "\",\"login\":\""
                + account.user()
                + "\",\"secret\":\"wrong-secret\",\"senderNames\":[\"Acme\"],\"enabled\":false}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Platform.json(changed.body()).get("enabled").asBoolean()).isFalse();
    assertThat(changed.body()).doesNotContain("wrong-secret");
    JsonNode refused =
        Platform.json(
            Platform.post(path + "/check", admin, "{\"phone\":\"+380961111111\"}").body());
    assertThat(refused.get("ok").asBoolean()).isFalse();
    assertThat(refused.get("code").asText()).isEqualTo("-2");
    assertThat(refused.get("text").asText()).contains("AUTH ERROR");

    assertThat(Platform.delete(path, admin).statusCode()).isEqualTo(204);
    assertThat(Platform.get(path, admin).statusCode()).isEqualTo(404);
  }

  @Test
  void hyberAndDecisionTelecomAccountsAreCheckedThroughTheirClients() {
    String hyber =
        create(
            "{\"provider\":\"HYBER\",\"name\":\"REST Hyber\",\"baseUrl\":\""
                + Platform.simulatorUrl()
                + "\",\"hyberSite\":\"demo\",\"hyberClientId\":\"1001\",\"login\":\"demo\","
                + "\"secret\":\"demo-secret\",\"senderNames\":[\"Acme\"]}");
    String dt =
        create(
            "{\"provider\":\"DECISIONTELECOM\",\"name\":\"REST DT\",\"baseUrl\":\""
                + Platform.simulatorUrl()
                + "\",\"secret\":\"demo-key\",\"senderNames\":[\"Acme\"]}");

    for (String id : List.of(hyber, dt)) {
      HttpResponse<String> check =
          Platform.post(Accounts.PATH + "/" + id + "/check", admin, "{\"phone\":\"380961111112\"}");
      assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
      assertThat(Platform.json(check.body()).get("code").asText())
          .as(check.body())
          .isEqualTo("ACCEPTED");
      Platform.delete(Accounts.PATH + "/" + id, admin);
    }
  }

  @Test
  void aDumpOfTheAccountsTableHoldsNoSecretInClear() throws Exception {
    List<String> secrets = new ArrayList<>();
    Accounts.Created messaggio = Accounts.messaggioAtSimulator(admin, "Dump Messaggio");
    secrets.add(messaggio.secret());
    String hyberPassword = "hp-" + UUID.randomUUID();
    String dtKey = "dk-" + UUID.randomUUID();
    secrets.add(hyberPassword);
    secrets.add(dtKey);
    String hyber =
        create(
            "{\"provider\":\"HYBER\",\"name\":\"Dump Hyber\",\"hyberSite\":\"demo\","
                + "\"hyberClientId\":\"1001\",\"login\":\"demo\",\"secret\":\""
                + hyberPassword
                + "\"}");
    String dt =
        create(
            "{\"provider\":\"DECISIONTELECOM\",\"name\":\"Dump DT\",\"secret\":\""
                + dtKey
                + "\",\"senderNames\":[\"Acme\"]}");
    // the callback tokens too: with one, anybody could post delivery reports for the account
    for (String id : List.of(messaggio.id(), hyber, dt)) {
      String url =
          Platform.json(Platform.get(Accounts.PATH + "/" + id, admin).body())
              .get("callbackUrl")
              .asText();
      secrets.add(url.substring(url.lastIndexOf('/') + 1));
    }

    StringBuilder dump = new StringBuilder();
    int rows = 0;
    try (Connection db =
            DriverManager.getConnection(
                PlatformSession.stack().dbUrl(),
                PlatformSession.stack().dbUser(),
                PlatformSession.stack().dbPassword());
        ResultSet rs = db.createStatement().executeQuery("select * from provider_account")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        rows++;
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          Object value = rs.getObject(c);
          if (value instanceof byte[] bytes) {
            dump.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            dump.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
            dump.append(HexFormat.of().formatHex(bytes)).append('\n');
          } else {
            dump.append(rs.getString(c)).append('\n');
          }
        }
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(3);
    assertThat(dump).contains("Dump Hyber").contains("k-");
    for (String secret : secrets) {
      byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
      assertThat(dump.toString())
          .doesNotContain(secret)
          .doesNotContain(HexFormat.of().formatHex(utf8))
          .doesNotContain(Base64.getEncoder().encodeToString(utf8));
    }

    // nor does the server log
    Path log = PlatformSession.stack().config().workDir().resolve("logs/wildfly.log");
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(logText).isNotEmpty();
    for (String secret : secrets) {
      assertThat(logText).doesNotContain(secret);
    }
  }

  private String create(String body) {
    HttpResponse<String> created = Platform.post(Accounts.PATH, admin, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Platform.json(created.body()).get("secret").asText()).isEqualTo(MASK);
    return Platform.json(created.body()).get("id").asText();
  }
}
