package io.cascade.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request whose declared body is over the upload limit with 413 and the limit in words,
 * before anything reads it; the server would otherwise cut the connection, which a browser shows as
 * an upload that never ends and the REST API as an empty 400.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

  @Inject private UploadLimit limit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length <= limit.getBytes()) {
      chain.doFilter(request, response);
      return;
    }
    String message =
        "The upload is "
            + UploadLimit.words(length)
            + "; the platform takes at most "
            + limit.getWords()
            + ". Split the file, or ask the operator to raise MAX_UPLOAD_BYTES.";
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setCharacterEncoding("UTF-8");
    // the body is not read: close the connection rather than drain it
    response.setHeader("Connection", "close");
    if (ApiRequests.isApi(request)) {
      response.setContentType("application/json");
      response
          .getWriter()
          .write("{\"error\":\"tooLarge\",\"message\":\"" + message + "\",\"field\":\"file\"}");
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(message);
    }
  }
}
