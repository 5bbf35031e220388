package io.cascade.provideraccount;

import java.util.Locale;

/** The providers a tenant can hold accounts at, and what each calls its credentials. */
public enum ProviderKind {
  HYBER("Hyber", "hyber"),
  MESSAGGIO("Messaggio", "messaggio"),
  DECISIONTELECOM("DecisionTelecom", "decisiontelecom");

  private final String displayName;
  private final String pathName;

  ProviderKind(String displayName, String pathName) {
    this.displayName = displayName;
    this.pathName = pathName;
  }

  public String displayName() {
    return displayName;
  }

  /** The provider's segment in callback URLs: {@code /callbacks/{pathName}/{token}}. */
  public String pathName() {
    return pathName;
  }

  /** Reads "MESSAGGIO", "messaggio" or "Messaggio"; refuses anything else with what is allowed. */
  public static ProviderKind parse(String text) {
    if (text != null) {
      for (ProviderKind kind : values()) {
        if (kind.name().equalsIgnoreCase(text.strip())
            || kind.pathName.equals(text.strip().toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
    }
    throw new InvalidProviderAccountException(
        "provider", "Provider must be one of HYBER, MESSAGGIO, DECISIONTELECOM.");
  }
}
