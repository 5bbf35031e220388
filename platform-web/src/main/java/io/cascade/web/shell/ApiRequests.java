package io.cascade.web.shell;

import jakarta.servlet.http.HttpServletRequest;

/** Tells REST calls from page requests: the REST API answers JSON, never a page or a redirect. */
public final class ApiRequests {

  private ApiRequests() {}

  /** True for a request to the REST API ({@code /api} and below). */
  public static boolean isApi(HttpServletRequest request) {
    return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
  }

  /** True for a path within the application ({@code /api/...}) that belongs to the REST API. */
  public static boolean isApiPath(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }
}
