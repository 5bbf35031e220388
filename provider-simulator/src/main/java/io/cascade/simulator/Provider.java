package io.cascade.simulator;

import java.util.Locale;

/** The three imitated providers; the path prefix under the base URL is the lower-case name. */
public enum Provider {
  HYBER,
  MESSAGGIO,
  DECISIONTELECOM;

  public String pathName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code hyber}, {@code messaggio}, {@code decisiontelecom}; null or "any" gives null. */
  public static Provider parse(String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("any")) {
      return null;
    }
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
