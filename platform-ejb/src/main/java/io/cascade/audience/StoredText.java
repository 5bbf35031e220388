package io.cascade.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.domain.shared.LocalizedText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LocalizedText} kept in a column as JSON (bundle, key, values), so that a reason stored
 * by an import reads in each viewer's language later; the English text is stored beside it for
 * REST, logs and SQL. Only texts of the platform's own bundles are read back.
 */
final class StoredText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredText() {}

  static String write(LocalizedText text) {
    return tree(text).toString();
  }

  /** The text stored by {@link #write}; empty for null or anything else. */
  static Optional<LocalizedText> read(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(text(JSON.readTree(json)));
    } catch (JsonProcessingException | ClassNotFoundException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode tree(LocalizedText text) {
    ObjectNode node = JSON.createObjectNode();
    node.put("owner", text.owner().getName());
    node.put("bundle", text.bundle());
    node.put("key", text.key());
    ArrayNode args = node.putArray("args");
    for (Serializable arg : text.args()) {
      if (arg instanceof LocalizedText inner) {
        args.add(tree(inner));
      } else {
        args.add(String.valueOf(arg));
      }
    }
    return node;
  }

  private static LocalizedText text(JsonNode node) throws ClassNotFoundException {
    String owner = node.path("owner").asText();
    if (!owner.startsWith("io.cascade.")) {
      return null;
    }
    Class<?> ownerClass = Class.forName(owner, false, StoredText.class.getClassLoader());
    List<Serializable> args = new ArrayList<>();
    for (JsonNode arg : node.path("args")) {
      if (arg.isObject()) {
        LocalizedText inner = text(arg);
        if (inner == null) {
          return null;
        }
        args.add(inner);
      } else {
        args.add(arg.asText());
      }
    }
    return new LocalizedText(
        ownerClass, node.path("bundle").asText(), node.path("key").asText(), args);
  }
}
