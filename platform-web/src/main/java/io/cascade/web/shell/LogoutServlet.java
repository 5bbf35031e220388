package io.cascade.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends the platform session and the Keycloak session (RP-initiated logout with the ID token as
 * hint, so Keycloak asks nothing), then returns to the start page, which asks to log in again.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject
  @ConfigProperty(name = "KEYCLOAK_URL", defaultValue = "http://localhost:8180")
  String keycloakUrl;

  /** Where browsers reach Keycloak, when that differs from where the server does. */
  @Inject
  @ConfigProperty(name = "KEYCLOAK_PUBLIC_URL")
  Optional<String> keycloakPublicUrl;

  @Inject
  @ConfigProperty(name = "KEYCLOAK_REALM", defaultValue = "cascade")
  String realm;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String idToken = null;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
      idToken = principal.getOidcSecurityContext().getIDTokenString();
    }
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String home =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/";
    StringBuilder target =
        new StringBuilder(keycloakPublicUrl.orElse(keycloakUrl))
            .append("/realms/")
            .append(realm)
            .append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
            .append(URLEncoder.encode(home, StandardCharsets.UTF_8));
    if (idToken != null) {
      target.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
    } else {
      target.append("&client_id=cascade-web");
    }
    response.sendRedirect(target.toString());
  }
}
