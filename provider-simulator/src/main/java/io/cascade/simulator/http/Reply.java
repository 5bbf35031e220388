package io.cascade.simulator.http;

import java.nio.charset.StandardCharsets;

/** An answer to send: status, content type and the encoded body. */
public record Reply(int status, String contentType, byte[] body) {
  public static final String JSON = "application/json";
  public static final String XML = "text/xml; charset=utf-8";

  public static Reply json(int status, Object value) {
    return new Reply(status, JSON, Json.bytes(value));
  }

  public static Reply json(Object value) {
    return json(200, value);
  }

  public static Reply xml(String xml) {
    return new Reply(200, XML, xml.getBytes(StandardCharsets.UTF_8));
  }

  public static Reply text(int status, String text) {
    return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }
}
