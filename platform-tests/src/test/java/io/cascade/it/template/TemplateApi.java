package io.cascade.it.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** POST /api/templates, which the shared {@code Platform} helper does not do (yet). */
final class TemplateApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TemplateApi() {}

  static HttpResponse<String> post(String token, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Platform.webUrl() + "api/templates"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates a Viber-only Hyber template as the given user and answers its id. */
  static String create(String token, String name) {
    HttpResponse<String> created =
        post(
            token,
            """
            {"name": "%s", "provider": "HYBER", "sampleVariables": "name=Olena",
             "channels": [{"channel": "VIBER", "sender": "AcmeShop", "text": "Hi %%name%%"}]}
            """
                .formatted(name));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.statusCode() + " " + created.body());
    }
    JsonNode body = Platform.json(created.body());
    return body.get("id").asText();
  }
}
