package io.cascade.domain.provider;

import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The providers a tenant can hold accounts at and design templates for: one spelling everywhere
 * (REST, screens, the database). What each can do, its limits and its client are known only to
 * platform-ejb's {@code ProviderRegistry}.
 */
public enum ProviderKind {
  HYBER("Hyber", "hyber", Credentials.HYBER),
  MESSAGGIO("Messaggio", "messaggio", Credentials.MESSAGGIO),
  DECISIONTELECOM("DecisionTelecom", "decisiontelecom", Credentials.DECISIONTELECOM);

  /**
   * What an account of the provider is made of, so the account entity checks its fields without a
   * switch over the providers.
   *
   * @param hyberSite the account has a Hyber site and client id (they make the API host and path)
   * @param login what the provider calls the login ("login", "user": a key part of the account's
   *     messages), or null when it has none
   * @param senderRequired at least one sender name is needed to send at all
   * @param sender what the provider calls a sender name ("senderName", "sourceAddress")
   * @param secret what the provider calls the secret ("password", "secretKey", "apiKey")
   */
  public record Credentials(
      boolean hyberSite, String login, boolean senderRequired, String sender, String secret) {
    static final Credentials HYBER =
        new Credentials(true, "login", false, "senderName", "password");
    static final Credentials MESSAGGIO =
        new Credentials(false, "user", true, "senderName", "secretKey");
    static final Credentials DECISIONTELECOM =
        new Credentials(false, null, true, "sourceAddress", "apiKey");
  }

  private final String displayName;
  private final String pathName;
  private final Credentials credentials;

  ProviderKind(String displayName, String pathName, Credentials credentials) {
    this.displayName = displayName;
    this.pathName = pathName;
    this.credentials = credentials;
  }

  public String displayName() {
    return displayName;
  }

  /** The provider's segment in callback URLs: {@code /callbacks/{pathName}/{token}}. */
  public String pathName() {
    return pathName;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** Reads "MESSAGGIO", "messaggio" or "Messaggio"; refuses anything else with what is allowed. */
  public static ProviderKind parse(String text) {
    if (text != null) {
      String given = text.strip();
      for (ProviderKind kind : values()) {
        if (kind.name().equalsIgnoreCase(given)
            || kind.pathName.equals(given.toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
    }
    throw new InvalidFieldException(
        "provider",
        LocalizedText.of(
            ProviderKind.class,
            "io.cascade.domain.provider.ProviderMessages",
            "provider.unknown",
            Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
  }
}
