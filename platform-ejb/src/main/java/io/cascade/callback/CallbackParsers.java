package io.cascade.callback;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.provider.CallbackParseException;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderRegistry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a receipt into events with its provider's own parser (one account-less client per provider:
 * parsing needs no credentials), the same way when it arrives and when it is applied.
 */
public final class CallbackParsers {

  private static final Map<ProviderKind, ProviderClient> PARSERS =
      new EnumMap<>(ProviderKind.class);

  static {
    for (ProviderKind kind : ProviderKind.values()) {
      PARSERS.put(kind, ProviderRegistry.module(kind).validator());
    }
  }

  private CallbackParsers() {}

  /**
   * The events of a receipt.
   *
   * @throws CallbackParseException naming what is wrong, when the provider's format is not met
   */
  public static List<ProviderEvent> events(Receipt receipt) {
    CallbackPayload payload =
        new CallbackPayload(receipt.body(), receipt.contentType(), query(receipt.query()));
    List<ProviderEvent> events = PARSERS.get(receipt.provider()).parseCallback(payload);
    if (events.isEmpty()) {
      throw new CallbackParseException(receipt.provider().displayName(), "it carries no event");
    }
    return events;
  }

  /** A raw query string as parameters (UTF-8, as the providers send them). */
  static Map<String, List<String>> query(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new CallbackParseException("callback", "the query string is not URL-encoded: " + s);
    }
  }
}
