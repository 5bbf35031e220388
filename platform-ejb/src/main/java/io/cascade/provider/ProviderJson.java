package io.cascade.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one Jackson mapper of the provider clients. Bodies are written to a String here so that the
 * wire format does not depend on which JSON provider the container prefers.
 */
public final class ProviderJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private ProviderJson() {}

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  /** Parses a provider reply; a body that is not JSON is a {@link ProviderReplyException}. */
  public static JsonNode readReply(String provider, String body) {
    try {
      JsonNode node = MAPPER.readTree(body == null ? "" : body);
      if (node == null || node.isMissingNode()) {
        throw new ProviderReplyException(provider + " answered with an empty body");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ProviderReplyException(
          provider + " answered with a body that is not JSON: " + body, e);
    }
  }

  /** Text of a field, or null when missing or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
