package io.cascade.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Addresses of the running platform, and tokens of the demo users for REST calls. */
public final class Platform {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Platform() {}

  public static String webUrl() {
    return PlatformSession.stack().config().webUrl();
  }

  /** An access token of a demo user, from Keycloak's password grant. */
  public static String accessToken(String username) {
    String form =
        "grant_type=password&client_id=cascade-web&client_secret=cascade-web-dev-secret&scope=openid"
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + KeycloakLoginPage.DEMO_PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    PlatformSession.stack().config().keycloakUrl()
                        + "/realms/cascade/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("No token for " + username + ": " + response.body());
    }
    return json(response.body()).get("access_token").asText();
  }

  public static HttpResponse<String> get(String path, String token) {
    return get(path, token, "application/json");
  }

  public static HttpResponse<String> get(String path, String token, String accept) {
    return send(
        HttpRequest.newBuilder(URI.create(webUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .GET()
            .build());
  }

  public static HttpResponse<String> put(String path, String token, String jsonBody) {
    return send(
        HttpRequest.newBuilder(URI.create(webUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(jsonBody))
            .build());
  }

  public static HttpResponse<String> post(String path, String token, String jsonBody) {
    return post(path, token, "application/json", jsonBody);
  }

  public static HttpResponse<String> post(
      String path, String token, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(webUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public static HttpResponse<String> delete(String path, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(webUrl() + path))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  /** Any request, as it is given (no token added). */
  public static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request.build());
  }

  /** The provider simulator of the test stack. */
  public static String simulatorUrl() {
    return PlatformSession.stack().config().simulatorUrl();
  }

  /** Adds or changes an account of the simulator through its control API. */
  public static void simulatorAccount(String jsonBody) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(simulatorUrl() + "/_control/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Simulator refused the account: " + response.body());
    }
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
