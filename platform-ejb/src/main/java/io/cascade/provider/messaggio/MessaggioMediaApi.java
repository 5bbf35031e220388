package io.cascade.provider.messaggio;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Messaggio media host: multipart upload built by {@link MessaggioMedia#multipart}. */
public interface MessaggioMediaApi {

  @POST
  @Consumes(MessaggioMedia.CONTENT_TYPE)
  @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  String upload(byte[] multipart);
}
