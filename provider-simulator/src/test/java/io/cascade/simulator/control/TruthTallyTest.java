package io.cascade.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.SimulatorHarness;
import io.cascade.simulator.messaggio.Md5;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The truth tally against what the received callbacks of each provider say. */
class TruthTallyTest extends SimulatorHarness {
  private static final String HYBER_AUTH = basic("demo:demo-secret");
  private static final String DT_KEY =
      "Basic " + Base64.getEncoder().encodeToString("demo-key".getBytes(StandardCharsets.UTF_8));
  private static final List<String> OUTCOMES = List.of("DELIVERED", "UNDELIVERED", "EXPIRED");

  @BeforeEach
  void mixedOutcomesAndMessaggioCallbacks() {
    controlPost(
        "outcomes",
        "{\"delivered\":0.5,\"undelivered\":0.3,\"expired\":0.2,\"seen\":0.5,\"clicked\":0.5,"
            + "\"replied\":0.3,\"min_delay_ms\":10,\"max_delay_ms\":60}");
    controlPost(
        "accounts",
        "{\"provider\":\"messaggio\",\"user\":\"demo\",\"callback_url\":\"" + callbackUrl + "\"}");
  }

  /** Final outcomes, hops and events counted from callbacks, in the truth endpoint's terms. */
  private static final class Expected {
    final Map<String, Long> finals = new TreeMap<>();
    final Map<String, Map<String, Long>> hops = new TreeMap<>();
    long seen;
    long clicked;
    long replied;

    Expected() {
      OUTCOMES.forEach(o -> finals.put(o, 0L));
    }

    /** A final report: the cascade reached {@code channels[hop]} with {@code outcome}. */
    void report(List<String> channels, int hop, String outcome) {
      finals.merge(outcome, 1L, Long::sum);
      for (int i = 0; i < hop; i++) {
        hop(i, channels.get(i), "UNDELIVERED");
      }
      hop(hop, channels.get(hop), outcome);
    }

    void hop(int index, String channel, String outcome) {
      Map<String, Long> counts =
          hops.computeIfAbsent(
              (index + 1) + ":" + channel,
              k -> {
                Map<String, Long> zero = new TreeMap<>();
                OUTCOMES.forEach(o -> zero.put(o, 0L));
                return zero;
              });
      counts.merge(outcome, 1L, Long::sum);
    }
  }

  private void awaitCallbacks() {
    await(30, () -> control("stats").path("callbacks").path("pending").asLong() == 0);
    settle(200);
  }

  private JsonNode truth(String provider) {
    return control("truth?provider=" + provider).path(provider);
  }

  private static Map<String, Long> counts(JsonNode node) {
    Map<String, Long> out = new TreeMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static Map<String, Map<String, Long>> hops(JsonNode node) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), counts(e.getValue())));
    return out;
  }

  private static void assertTally(JsonNode truth, long messages, Expected expected) {
    assertThat(truth.path("messages").asLong()).isEqualTo(messages);
    assertThat(counts(truth.path("final"))).isEqualTo(expected.finals);
    assertThat(hops(truth.path("hops"))).isEqualTo(expected.hops);
    assertThat(truth.path("seen").asLong()).isEqualTo(expected.seen);
    assertThat(truth.path("clicked").asLong()).isEqualTo(expected.clicked);
    assertThat(truth.path("replied").asLong()).isEqualTo(expected.replied);
  }

  @Test
  void hyberTallyEqualsItsCallbacks() {
    int messages = 300;
    List<String> channels = List.of("viber", "sms");
    StringBuilder body = new StringBuilder("{\"messages\":[");
    for (int i = 0; i < messages; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"phone_number\":")
          .append(380_500_000_000L + i)
          .append(",\"extra_id\":\"T-")
          .append(i)
          .append("\",\"text\":\"Hello\"}");
    }
    body.append("],\"callback_url\":\"")
        .append(callbackUrl)
        .append("\",\"channels\":[\"viber\",\"sms\"],\"channel_options\":{")
        .append("\"viber\":{\"ttl\":60,\"ctr\":true},\"sms\":{\"alpha_name\":\"GMSU\"}}}");

    postJson("/hyber/proxy/1001/batch", body.toString(), HYBER_AUTH);
    awaitCallbacks();

    Expected expected = new Expected();
    for (Received r : received) {
      JsonNode c = r.json();
      if (c.has("text_from_subscriber")) {
        expected.replied++;
      } else if (c.path("clicks").asInt() > 0) {
        expected.clicked++;
      } else if (c.path("seen").asBoolean(false)) {
        expected.seen++;
      } else {
        // an expired SMS is seed 001's report: error_code 35015 and no sent_via
        String via = c.path("error_code").asInt() == 35015 ? "sms" : c.path("sent_via").asText();
        String outcome =
            switch (c.path("substatus").asInt(35)) {
              case 23 -> "DELIVERED";
              case 35 -> "EXPIRED";
              default -> "UNDELIVERED";
            };
        expected.report(channels, channels.indexOf(via), outcome);
      }
    }
    assertThat(expected.finals.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(messages);
    assertThat(expected.hops).containsKeys("1:viber", "2:sms");
    assertThat(expected.seen).isPositive();
    assertThat(expected.clicked).isPositive();
    assertTally(truth("hyber"), messages, expected);
  }

  private void messaggio(String method, List<String> phones, String transactionId, String extra) {
    String txt = "Hello";
    String sign =
        Md5.hex(
            "demo" + "Sender" + String.join("", phones) + txt + "demo-secret",
            StandardCharsets.UTF_8);
    StringBuilder form =
        new StringBuilder("sending_method=")
            .append(method)
            .append("&user=demo&from=Sender&txt=")
            .append(txt)
            .append("&dlr=1&p_transaction_id=")
            .append(transactionId)
            .append(extra);
    phones.forEach(p -> form.append("&phone=").append(p));
    form.append("&sign=").append(sign);
    String reply =
        post("/messaggio/bulk/", "application/x-www-form-urlencoded", form.toString(), null).body();
    assertThat(reply).contains("<code>0</code>");
  }

  private static List<String> phones(long first, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Long.toString(first + i));
    }
    return out;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new TreeMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void messaggioTallyEqualsItsDeliveryReports() {
    messaggio("viber", phones(380_501_000_000L, 150), "VIBER", "");
    messaggio("viber", phones(380_502_000_000L, 150), "FALLBACK", "&expiry_txt=Hello+by+SMS");
    messaggio("sms", phones(380_503_000_000L, 100), "SMS", "");
    awaitCallbacks();

    Expected expected = new Expected();
    long deliveredAfterFallback = 0;
    for (Received r : received) {
      Map<String, String> c = form(r.body());
      String tid = c.get("p_transaction_id");
      switch (c.get("type")) {
        case "seen" -> expected.seen++;
        case "reply" -> expected.replied++;
        default -> {
          String status = c.get("status");
          String outcome =
              switch (status) {
                case "delivered", "0" -> "DELIVERED";
                case "-2" -> "EXPIRED";
                case "-1" -> "UNDELIVERED";
                default ->
                    "VIBER_EXPIRED".equals(c.get("status_extended")) ? "EXPIRED" : "UNDELIVERED";
              };
          switch (tid) {
            case "SMS" -> expected.report(List.of("sms"), 0, outcome);
            case "VIBER" -> expected.report(List.of("viber"), 0, outcome);
            default -> {
              // the report does not say whether Viber or the SMS delivered; a failure is the SMS's
              if (outcome.equals("DELIVERED")) {
                deliveredAfterFallback++;
                expected.finals.merge(outcome, 1L, Long::sum);
              } else {
                expected.report(List.of("viber", "sms"), 1, outcome);
              }
            }
          }
        }
      }
    }
    JsonNode truth = truth("messaggio");
    // split the fallback deliveries as the truth does, then check the rest against the reports
    long onViber =
        truth.path("hops").path("1:viber").path("DELIVERED").asLong()
            - expected.hops.getOrDefault("1:viber", Map.of()).getOrDefault("DELIVERED", 0L);
    assertThat(onViber).isBetween(0L, deliveredAfterFallback);
    for (long i = 0; i < onViber; i++) {
      expected.hop(0, "viber", "DELIVERED");
    }
    for (long i = onViber; i < deliveredAfterFallback; i++) {
      expected.hop(0, "viber", "UNDELIVERED");
      expected.hop(1, "sms", "DELIVERED");
    }
    assertThat(expected.hops.get("2:sms").get("UNDELIVERED")).isZero();
    assertTally(truth, 400, expected);
  }

  private long decisionTelecom(int type, String extra) {
    String body =
        "{\"source_addr\":\"Company\",\"destination_addr\":380961111111,\"message_type\":"
            + type
            + ",\"text\":\"Hi\",\"source_type\":2,\"callback_url\":\""
            + callbackUrl
            + "\""
            + extra
            + "}";
    return json(postJson("/decisiontelecom/v1/api/send-viber", body, DT_KEY))
        .path("message_id")
        .asLong();
  }

  @Test
  void decisionTelecomTallyEqualsItsStatusCallbacks() {
    for (int i = 0; i < 120; i++) {
      decisionTelecom(206, "");
      decisionTelecom(106, ",\"text_sms\":\"Hi by SMS\",\"validity_period\":40");
    }
    awaitCallbacks();

    Expected expected = new Expected();
    for (Received r : received) {
      JsonNode c = r.json();
      if (c.has("message_token")) {
        expected.replied++;
        continue;
      }
      int viber = c.path("status").asInt();
      if (!c.has("sms_message_status") || viber == 1) {
        List<String> channels =
            c.has("sms_message_status") ? List.of("viber", "sms") : List.of("viber");
        expected.report(channels, 0, viber == 1 ? "DELIVERED" : "UNDELIVERED");
      } else {
        String outcome =
            switch (c.path("sms_message_status").asInt()) {
              case 2 -> "DELIVERED";
              case 3 -> "EXPIRED";
              default -> "UNDELIVERED";
            };
        expected.report(List.of("viber", "sms"), 1, outcome);
      }
    }
    assertThat(expected.hops).containsKeys("1:viber", "2:sms");
    assertTally(truth("decisiontelecom"), 240, expected);
    assertThat(expected.seen).isZero(); // DecisionTelecom reports no "seen": none is planned
  }

  @Test
  void resetClearsTheTallyAndTheProviderParameterPicksOne() {
    decisionTelecom(106, "");
    assertThat(truth("decisiontelecom").path("messages").asLong()).isEqualTo(1);
    assertThat(control("truth?provider=decisiontelecom").size()).isEqualTo(1);
    assertThat(control("truth").size()).isEqualTo(3);

    controlPost("reset", "{}");

    JsonNode all = control("truth");
    for (String provider : List.of("hyber", "messaggio", "decisiontelecom")) {
      JsonNode truth = all.path(provider);
      assertThat(truth.path("messages").asLong()).isZero();
      assertThat(counts(truth.path("final")).values()).containsOnly(0L);
      assertThat(truth.path("hops").size()).isZero();
      assertThat(truth.path("seen").asLong() + truth.path("replied").asLong()).isZero();
    }
    assertThat(get("/_control/truth?provider=nobody", null).statusCode()).isEqualTo(400);
  }
}
