package io.cascade.domain.provideraccount;

import java.util.List;

/**
 * The non-secret, editable fields of a provider account, as a person or the API gives them.
 *
 * @param baseUrl the API base when it is not the provider's documented one (null: documented);
 *     checked against the platform's allow-list by the service before it gets here
 * @param hyberSite Hyber's site name ({@code api-v2-{site}.hyber.im}); Hyber only
 * @param hyberClientId Hyber's client id; Hyber only
 * @param login Hyber login or Messaggio user; DecisionTelecom has none
 * @param senderNames the sender names / alpha names / source addresses the tenant may use
 */
public record ProviderAccountDetails(
    String name,
    String baseUrl,
    String hyberSite,
    String hyberClientId,
    String login,
    List<String> senderNames,
    Integer smsTtlSeconds,
    Integer viberTtlSeconds) {

  public ProviderAccountDetails {
    senderNames = senderNames == null ? List.of() : List.copyOf(senderNames);
  }
}
