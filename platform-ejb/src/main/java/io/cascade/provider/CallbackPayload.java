package io.cascade.provider;

import java.util.List;
import java.util.Map;

/** A callback as it arrived: raw body, its content type, and the query parameters. */
public record CallbackPayload(String body, String contentType, Map<String, List<String>> query) {

  public CallbackPayload {
    body = body == null ? "" : body;
    query = query == null ? Map.of() : Map.copyOf(query);
  }

  public static CallbackPayload json(String body) {
    return new CallbackPayload(body, "application/json", Map.of());
  }
}
