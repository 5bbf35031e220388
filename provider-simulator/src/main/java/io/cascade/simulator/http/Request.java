package io.cascade.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** A received request, body read in full; path parameters come from the route template. */
public record Request(
    String method,
    String path,
    Map<String, String> pathParams,
    String query,
    Function<String, String> headers,
    byte[] body) {

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  public String header(String name) {
    return headers.apply(name);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
