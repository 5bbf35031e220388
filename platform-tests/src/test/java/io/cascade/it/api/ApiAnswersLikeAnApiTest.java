package io.cascade.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The REST API answers as an API, never as a browser page: JSON errors with a status that says what
 * happened, for bad bodies, bad ids, missing or bad tokens and callers without a workspace.
 */
class ApiAnswersLikeAnApiTest {

  private final String manager = Platform.accessToken("acme-manager");

  private static JsonNode jsonError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as("content type of " + response.body())
        .startsWith("application/json");
    return Platform.json(response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/templates", "/api/audiences", "/api/provider-accounts"})
  void malformedJsonIsA400ThatSaysTheBodyIsNotJson(String path) {
    String token = path.contains("provider") ? Platform.accessToken("acme-admin") : manager;
    JsonNode error = jsonError(Platform.post(path.substring(1), token, "{\"name\": "), 400);
    assertThat(error.get("error").asText()).isEqualTo("bad-request");
    assertThat(error.get("message").asText()).contains("not valid JSON");
    assertThat(error.get("message").asText())
        .doesNotContain("RESTEASY")
        .doesNotContain("Exception");
  }

  @Test
  void aMalformedIdIsAJson404NamingWhatWasNotFound() {
    JsonNode template = jsonError(Platform.get("api/templates/not-a-uuid", manager), 404);
    assertThat(template.get("message").asText()).contains("not-a-uuid").doesNotContain("null");

    JsonNode audience = jsonError(Platform.get("api/audiences/not-a-uuid", manager), 404);
    assertThat(audience.get("error").asText()).isEqualTo("not-found");
    assertThat(audience.get("message").asText()).contains("/api/audiences/not-a-uuid");

    JsonNode nothing = jsonError(Platform.get("api/no-such-thing", manager), 404);
    assertThat(nothing.get("message").asText()).contains("/api/no-such-thing");
  }

  @Test
  void withoutATokenTheApiAnswers401JsonNotALoginRedirect() {
    HttpResponse<String> response =
        Platform.send(
            HttpRequest.newBuilder(URI.create(Platform.webUrl() + "api/profile"))
                .header("Accept", "application/json"));
    JsonNode error = jsonError(response, 401);
    assertThat(error.get("error").asText()).isEqualTo("unauthorized");
  }

  @Test
  void aForgedTokenGets401Json() {
    HttpResponse<String> response = Platform.get("api/profile", manager.substring(0, 40) + "x.y.z");
    assertThat(jsonError(response, 401).get("error").asText()).isEqualTo("unauthorized");
  }

  @Test
  void aUserWithoutAnOrganizationGets403JsonThatSaysWhy() {
    HttpResponse<String> response = Platform.get("api/profile", Platform.accessToken("loner"));
    JsonNode error = jsonError(response, 403);
    assertThat(error.get("error").asText()).isEqualTo("NO_ORGANIZATION");
    assertThat(error.get("message").asText()).isNotBlank();
  }

  @Test
  void aRoleRefusalIsA403Json() {
    JsonNode error =
        jsonError(Platform.get("api/provider-accounts", Platform.accessToken("acme-analyst")), 403);
    assertThat(error.get("error").asText()).isEqualTo("forbidden");
  }

  /**
   * The test platform runs with MAX_UPLOAD_BYTES of 8 MB (platform-tests/pom.xml). The request
   * declares a larger body and sends none: the answer must come from the declared length alone, as
   * it does before a real client has sent much (Java's HttpClient of Java 17 cannot wait for it).
   */
  @Test
  void anUploadOverTheLimitIsA413JsonThatNamesTheLimit() throws IOException {
    URI web = URI.create(Platform.webUrl());
    String path = web.getPath() + "api/audiences/" + java.util.UUID.randomUUID() + "/import";
    try (Socket socket = new Socket(web.getHost(), web.getPort())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("POST "
                      + path
                      + " HTTP/1.1\r\n"
                      + "Host: "
                      + web.getHost()
                      + ":"
                      + web.getPort()
                      + "\r\n"
                      + "Authorization: Bearer "
                      + manager
                      + "\r\n"
                      + "Content-Type: text/csv\r\n"
                      + "Content-Length: "
                      + (9_800_000)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Content-Type: application/json");
      JsonNode error = Platform.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(error.get("error").asText()).isEqualTo("tooLarge");
      assertThat(error.get("message").asText()).contains("9.3 MB").contains("at most 8 MB");
    }
  }

  @Test
  void everyAnswerForbidsFramingAndSniffing() {
    for (String path : new String[] {"health", "api/profile", "access/not-found.xhtml"}) {
      HttpResponse<String> response = Platform.get(path, manager, "text/html");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue("frame-ancestors 'self'");
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
    }
  }
}
