package io.cascade.it.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import java.net.http.HttpResponse;

/** Templates made over REST, for tests that need one to exist. */
final class TemplateApi {

  private TemplateApi() {}

  static HttpResponse<String> post(String token, String json) {
    return Platform.post("api/templates", token, json);
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
