package io.cascade.provider.hyber;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Hyber {@code api-v2} host: one message per request. Bodies are JSON text built by Jackson. */
public interface HyberSingleApi {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  String send(@HeaderParam("Authorization") String authorization, String body);
}
