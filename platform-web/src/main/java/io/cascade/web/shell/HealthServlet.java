package io.cascade.web.shell;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * GET /health: 200 when the application is deployed and its database answers, 503 otherwise. Served
 * by the application itself (MicroProfile Health checks inside an EAR were not picked up: see
 * STACK.md), for the run command, the tests and load balancers.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      response.setStatus(valid ? 200 : 503);
      response.getWriter().write("{\"status\":\"" + (valid ? "UP" : "DOWN") + "\"}");
    } catch (SQLException e) {
      response.setStatus(503);
      response.getWriter().write("{\"status\":\"DOWN\",\"database\":\"unreachable\"}");
    }
  }
}
