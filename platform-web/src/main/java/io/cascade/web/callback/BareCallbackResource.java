package io.cascade.web.callback;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code POST /callbacks/_bare}: reads the body and answers 200, storing nothing: the reference the
 * callback benchmark measures the real endpoint against, on the same server. Off (404) unless the
 * server runs with {@code CASCADE_BARE_CALLBACK=true}.
 */
@Path("/_bare")
public class BareCallbackResource {

  static final boolean ENABLED =
      Boolean.parseBoolean(System.getenv().getOrDefault("CASCADE_BARE_CALLBACK", "false"))
          || Boolean.getBoolean("cascade.bare-callback");

  @POST
  public Response post(InputStream body) throws IOException {
    if (!ENABLED) {
      return CallbackResource.text(Response.Status.NOT_FOUND, "No such callback URL");
    }
    body.transferTo(OutputStream.nullOutputStream());
    return CallbackResource.text(Response.Status.OK, "OK");
  }
}
