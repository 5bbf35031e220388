package io.cascade.web.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** Reads the caller from the OIDC principal that WildFly put on the request. */
final class TokenReader {

  static final String ORGANIZATION_CLAIM = "organization";
  static final String CLIENT_ID = "cascade-web";

  private TokenReader() {}

  static Caller read(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (!(principal instanceof OidcPrincipal<?> oidc)) {
      return null;
    }
    AccessToken token = oidc.getOidcSecurityContext().getToken();
    return new Caller(principal.getName(), organizations(token), roles(token));
  }

  /** Keycloak sends the organization claim as a list of aliases, or a map alias to attributes. */
  static List<String> organizations(AccessToken token) {
    Object claim = token.getClaimValue(ORGANIZATION_CLAIM);
    if (claim instanceof List<?> list) {
      return list.stream().map(String::valueOf).sorted().toList();
    }
    if (claim instanceof Map<?, ?> map) {
      return map.keySet().stream().map(String::valueOf).sorted().toList();
    }
    if (claim instanceof String single) {
      return List.of(single);
    }
    return List.of();
  }

  private static Set<String> roles(AccessToken token) {
    Set<String> roles = new TreeSet<>();
    var clientAccess = token.getResourceAccessClaim(CLIENT_ID);
    if (clientAccess != null && clientAccess.getRoles() != null) {
      roles.addAll(clientAccess.getRoles());
    }
    return roles;
  }
}
