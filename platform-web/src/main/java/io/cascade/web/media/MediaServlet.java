package io.cascade.web.media;

import io.cascade.media.ImageFile;
import io.cascade.media.MediaService;
import io.cascade.media.MediaUrls;
import io.cascade.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * GET /media/{tenant}/{id}/{name}: a kept image, without login (web.xml leaves the path open),
 * because Hyber, DecisionTelecom and the phones fetch images by URL. The image is looked up as the
 * tenant of the path, so an id under another tenant's path is not found; ids are random UUIDs.
 * Anything that is not an image answers a plain 404 (not the error page, which needs a login).
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  /** A kept image never changes (a new file is a new id), so caches may keep it for good. */
  static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  @EJB private MediaService media;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<MediaUrls.Ref> ref = MediaUrls.parsePath(request.getPathInfo());
    Optional<ImageFile> image =
        ref.flatMap(
            r ->
                TenantContext.callAs(
                    r.tenantId(), () -> media.publicImage(r.imageId(), r.fileName())));
    if (image.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("No such image");
      return;
    }
    String etag = "\"" + ref.get().imageId() + "\"";
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] content = image.get().content();
    response.setContentType(image.get().contentType());
    response.setContentLength(content.length);
    response.setHeader(
        "Content-Disposition", "inline; filename=\"" + image.get().fileName() + "\"");
    response.getOutputStream().write(content);
  }
}
