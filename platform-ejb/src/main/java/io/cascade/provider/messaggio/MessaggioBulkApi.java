package io.cascade.provider.messaggio;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Messaggio bulk host: a form POST, answered in XML. The body is encoded by {@link FormCodec}. */
public interface MessaggioBulkApi {

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.WILDCARD})
  String send(String form);
}
