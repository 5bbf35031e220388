package io.cascade.web.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 401 answer (web.xml's error page for it): JSON for the REST API, whose clients send a bearer
 * token and get no login page; plain text for anything else.
 */
@WebServlet("/access/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (uri instanceof String path
        && path.startsWith(request.getContextPath())
        && ApiRequests.isApiPath(path.substring(request.getContextPath().length()))) {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"error\":\"unauthorized\",\"message\":\"Send a valid access token of a user of"
                  + " the platform: Authorization: Bearer <token> from Keycloak.\",\"field\":null}");
    } else {
      response.setContentType("text/plain");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("Log in to use the platform.");
    }
  }
}
