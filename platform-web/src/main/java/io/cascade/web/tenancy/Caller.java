package io.cascade.web.tenancy;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person as the token describes them.
 *
 * @param organizations aliases of the Keycloak organizations the user belongs to
 * @param roles client roles of the web client
 */
public record Caller(String userName, List<String> organizations, Set<String> roles) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
