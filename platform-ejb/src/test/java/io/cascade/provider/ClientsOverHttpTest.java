package io.cascade.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import io.cascade.provider.decisiontelecom.DecisionTelecomClient;
import io.cascade.provider.decisiontelecom.DecisionTelecomConfig;
import io.cascade.provider.decisiontelecom.DecisionTelecomEndpoints;
import io.cascade.provider.decisiontelecom.DecisionTelecomRequestBuilder;
import io.cascade.provider.hyber.HyberClient;
import io.cascade.provider.hyber.HyberConfig;
import io.cascade.provider.hyber.HyberEndpoints;
import io.cascade.provider.hyber.HyberRequestBuilder;
import io.cascade.provider.messaggio.FormCodec;
import io.cascade.provider.messaggio.MessaggioClient;
import io.cascade.provider.messaggio.MessaggioConfig;
import io.cascade.provider.messaggio.MessaggioEndpoints;
import io.cascade.provider.messaggio.MessaggioMedia;
import io.cascade.provider.messaggio.MessaggioRequestBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clients over real HTTP (MicroProfile Rest Client, RESTEasy) against a tiny JDK server under
 * the simulator's URL layout: what arrives is exactly what the request builders produced.
 */
class ClientsOverHttpTest {

  record Received(
      String method, String path, String contentType, String authorization, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  record Answer(int status, String contentType, String body) {}

  HttpServer server;
  URI base;
  final List<Received> received = new CopyOnWriteArrayList<>();
  final Map<String, Answer> answers = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String path = exchange.getRequestURI().getPath();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  path,
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  body));
          Answer answer = answers.getOrDefault(path, new Answer(404, "text/plain", "no route"));
          byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(answer.status(), out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static final Recipient A = Recipient.of("AD-6640-7006", "380961111111");
  static final Recipient B = Recipient.of("AD-6640-7007", "380962222222");

  @Test
  void hyberBatchSyncSendsTheBuiltBodyWithBasicAuth() throws Exception {
    answers.put(
        "/hyber/proxy/42/batch/sync",
        new Answer(200, "application/json", SeedResources.text("hyber/reply-sync-messages.json")));
    HyberClient client =
        new HyberClient(
            new HyberConfig("user", "pass", HyberEndpoints.underBase(base, "42"), null, true));
    SendRequest request =
        SendRequest.of(List.of(A, B), MultichannelContent.of(SmsContent.of("Hello", "GMSU", 300)));

    SendReport report = client.send(request);

    assertThat(report.outcomes())
        .containsExactly(
            new Accepted("AD-6640-7006", "9f60ac8f-e721-5027-b838-e6fcb95fcd7a", null),
            new Accepted("AD-6640-7007", "e5ea7286-6849-52d7-9e1b-8719b736283e", null));
    Received r = received.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.authorization()).isEqualTo(RestClients.basicAuth("user", "pass"));
    SeedResources.assertSameJson(
        ProviderJson.MAPPER.readTree(r.body()),
        new HyberRequestBuilder(null).batch(request, request.recipients()));
  }

  @Test
  void aPersonalisedTextGoesByBatchWithEachRecipientsOwnText() throws Exception {
    answers.put(
        "/hyber/proxy/42/batch",
        new Answer(200, "application/json", SeedResources.text("hyber/reply-job-id.json")));
    HyberClient client =
        new HyberClient(
            new HyberConfig("user", "pass", HyberEndpoints.underBase(base, "42"), null, false));
    SendRequest request =
        SendRequest.of(
            List.of(
                new Recipient(
                    "a",
                    io.cascade.domain.message.PhoneNumber.of("380961111111"),
                    Map.of("name", "Ann")),
                new Recipient(
                    "b",
                    io.cascade.domain.message.PhoneNumber.of("380962222222"),
                    Map.of("name", "Bo"))),
            MultichannelContent.of(SmsContent.of("Hi %name%", "GMSU", 300)));

    assertThat(client.send(request).outcomes()).hasSize(2);
    assertThat(received.get(0).path()).endsWith("/batch");
    JsonNode sent = ProviderJson.MAPPER.readTree(received.get(0).body());
    assertThat(sent.get("messages").get(0).get("text").asText()).isEqualTo("Hi Ann");
    assertThat(sent.get("messages").get(1).get("text").asText()).isEqualTo("Hi Bo");
  }

  @Test
  void hyberBroadcastAsyncGoesToBroadcastAndGivesEveryoneTheJobId() throws Exception {
    answers.put(
        "/hyber/proxy/42/broadcast",
        new Answer(200, "application/json", SeedResources.text("hyber/reply-job-id.json")));
    HyberClient client =
        new HyberClient(
            new HyberConfig("user", "pass", HyberEndpoints.underBase(base, "42"), "Sales", false));
    SendRequest request =
        SendRequest.of(
            List.of(
                new Recipient(
                    "a",
                    io.cascade.domain.message.PhoneNumber.of("380961111111"),
                    Map.of("name", "Ann")),
                new Recipient(
                    "b",
                    io.cascade.domain.message.PhoneNumber.of("380962222222"),
                    Map.of("name", "Bo"))),
            // texts that differ per channel: Hyber fills the variables (a single text goes by
            // batch)
            MultichannelContent.of(
                ViberContent.builder().text("Hello %name%").sender("GMSU").ttl(3600).build(),
                SmsContent.of("Hi %name%", "GMSU", 300)));

    assertThat(client.send(request).outcomes())
        .containsExactly(
            new Accepted("a", null, "66591729-cb47-5ef9-964b-949dc6aff84f"),
            new Accepted("b", null, "66591729-cb47-5ef9-964b-949dc6aff84f"));
    JsonNode sent = ProviderJson.MAPPER.readTree(received.get(0).body());
    assertThat(sent.get("recipients").get(0).get("name").asText()).isEqualTo("Ann");
    assertThat(sent.at("/channel_options/sms/text").asText()).isEqualTo("Hi %name%");
    assertThat(sent.get("division_code").asText()).isEqualTo("Sales");
  }

  @Test
  void hyberSingleErrorUnderHttp400IsRejectedThroughTheExceptionMapper() {
    answers.put(
        "/hyber/api-v2/42",
        new Answer(400, "application/json", SeedResources.text("hyber/reply-error.json")));
    HyberClient client =
        new HyberClient(
            new HyberConfig("user", "pass", HyberEndpoints.underBase(base, "42"), null, false));
    SendReport report =
        client.send(
            SendRequest.of(List.of(A), MultichannelContent.of(SmsContent.of("Hi", "GMSU", 300))));
    assertThat(report.outcomes())
        .containsExactly(new Rejected("AD-6640-7006", "36024", "Phone number incorrect"));
  }

  @Test
  void hyberCampaignStatusByJobId() {
    answers.put(
        "/hyber/proxy/42/status/job-1",
        new Answer(
            200, "application/json", SeedResources.text("hyber/report-campaign-status.json")));
    HyberClient client =
        new HyberClient(
            new HyberConfig("user", "pass", HyberEndpoints.underBase(base, "42"), null, false));
    assertThat(client.queryStatus(StatusQuery.byJobId("job-1")))
        .extracting(ProviderEvent::type)
        .containsExactly(EventType.EXPIRED, EventType.DELIVERED, EventType.CLICKED);
    assertThat(received.get(0).method()).isEqualTo("GET");
  }

  @Test
  void hyberDeliveryReportByOurExtraId() {
    answers.put(
        "/hyber/dr-v2/42/api/dr/external/AD-6640-7006/advanced",
        new Answer(
            200,
            "application/json",
            "{\"message_id\":\"m-1\",\"extra_id\":\"AD-6640-7006\",\"status\":2,"
                + "\"substatus\":23,\"hyber_status\":23043,\"time\":1477417294667}"));
    HyberClient client =
        new HyberClient(
            new HyberConfig("user", "pass", HyberEndpoints.underBase(base, "42"), null, false));
    List<ProviderEvent> events = client.queryStatus(StatusQuery.byMessageId("AD-6640-7006"));
    assertThat(events)
        .singleElement()
        .extracting(ProviderEvent::type)
        .isEqualTo(EventType.DELIVERED);
    assertThat(events.get(0).channel()).isEqualTo(io.cascade.domain.channel.Channel.VIBER);
  }

  @Test
  void messaggioPostsTheSignedFormAndRetriesABandwidthLimit() {
    answers.put(
        "/messaggio/bulk/",
        new Answer(
            200,
            "text/xml",
            "<?xml version=\"1.0\"?><response><code>-6</code><tech_message>LIMIT</tech_message></response>"));
    MessaggioConfig config =
        new MessaggioConfig("onvUser", "4Ab2ln4FEa32", MessaggioEndpoints.underBase(base), null);
    SendRequest request =
        SendRequest.of(
            List.of(Recipient.of("a", "79041231231"), Recipient.of("b", "79031234567")),
            MultichannelContent.of(ViberContent.builder().text("hello").sender("Sender").build()));

    SendReport report = new MessaggioClient(config).send(request);

    assertThat(report.outcomes()).hasSize(2).allMatch(o -> o instanceof Retryable);
    Received r = received.get(0);
    assertThat(r.contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(FormCodec.decode(r.text()))
        .containsExactlyEntriesOf(new MessaggioRequestBuilder(config).build(request).get(0).form());
  }

  @Test
  void messaggioUploadsAnImageAsMultipartAndGetsItsId() {
    answers.put(
        "/messaggio/media/upload/",
        new Answer(200, "application/json", "{\"status\": 0, \"image_id\": \"IMG64\"}"));
    MessaggioConfig config =
        new MessaggioConfig("onvUser", "secret", MessaggioEndpoints.underBase(base), null);
    byte[] jpg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3};

    assertThat(new MessaggioClient(config).uploadImage("a.jpg", jpg)).isEqualTo("IMG64");

    Received r = received.get(0);
    assertThat(r.contentType().replace(" ", ""))
        .isEqualTo("multipart/form-data;boundary=" + MessaggioMedia.BOUNDARY);
    assertThat(r.body()).isEqualTo(MessaggioMedia.multipart("onvUser", "secret", "a.jpg", jpg));
  }

  @Test
  void decisionTelecomErrorBodyUnderHttp200IsRetryableAndStatusQueryWorks() throws Exception {
    answers.put(
        "/decisiontelecom/v1/api/send-viber",
        new Answer(
            200,
            "application/json",
            "{\"name\":\"Too Many Requests\",\"message\":\"slow down\",\"code\":0,\"status\":429}"));
    answers.put(
        "/decisiontelecom/v1/api/receive-viber",
        new Answer(200, "application/json", "{\"message_id\":429,\"status\":1}"));
    DecisionTelecomClient client =
        new DecisionTelecomClient(
            new DecisionTelecomConfig("my-key", DecisionTelecomEndpoints.underBase(base)));
    SendRequest request =
        SendRequest.of(
            List.of(Recipient.of("our-1", "380961111111")),
            MultichannelContent.of(ViberContent.builder().text("Hi").sender("Shop").build()));

    assertThat(client.send(request).outcomes()).singleElement().isInstanceOf(Retryable.class);
    assertThat(client.queryStatus(StatusQuery.byProviderMessageId("429")))
        .extracting(ProviderEvent::type)
        .containsExactly(EventType.DELIVERED);

    Received send = received.get(0);
    assertThat(send.authorization()).isEqualTo("Basic bXkta2V5");
    JsonNode sent = ProviderJson.MAPPER.readTree(send.body());
    SeedResources.assertSameJson(
        sent, DecisionTelecomRequestBuilder.body(request, request.recipients().get(0)));
    SeedResources.assertSameJson(
        ProviderJson.MAPPER.readTree(received.get(1).body()),
        SeedResources.json("decisiontelecom/receive-viber-request.json"));
  }

  @Test
  void noAnswerAtAllIsRetryable() {
    server.stop(0);
    HyberClient client =
        new HyberClient(
            new HyberConfig("u", "p", HyberEndpoints.underBase(base, "42"), null, true));
    SendReport report =
        client.send(
            SendRequest.of(List.of(A), MultichannelContent.of(SmsContent.of("Hi", "GMSU", 300))));
    assertThat(report.outcomes()).singleElement().isInstanceOf(Retryable.class);
    assertThat(((Retryable) report.outcomes().get(0)).code()).isEqualTo("IO");
  }
}
