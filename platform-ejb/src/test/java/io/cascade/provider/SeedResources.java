package io.cascade.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/** Loads the seed examples copied under {@code src/test/resources/provider} and compares JSON. */
public final class SeedResources {

  private SeedResources() {}

  public static String text(String path) {
    try (InputStream in = SeedResources.class.getResourceAsStream("/provider/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource provider/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String path) {
    try {
      return ProviderJson.MAPPER.readTree(text(path));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Test resource provider/" + path + " is not JSON", e);
    }
  }

  /**
   * Compares as Jackson trees, field order ignored; numbers by value, so that 60 read as an int
   * equals 60 written as a long.
   */
  public static void assertSameJson(JsonNode actual, JsonNode expected) {
    Comparator<JsonNode> numbersByValue =
        (a, b) -> {
          if (a instanceof NumericNode && b instanceof NumericNode) {
            return a.decimalValue().compareTo(b.decimalValue());
          }
          return a.equals(b) ? 0 : 1;
        };
    assertThat(actual.equals(numbersByValue, expected))
        .as("wire JSON%n  actual:   %s%n  expected: %s", actual, expected)
        .isTrue();
  }
}
