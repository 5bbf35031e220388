package io.cascade.provider.hyber;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Hyber {@code dr-v2} host: delivery report of one message, by Hyber's id or by our extra_id, in
 * the {@code simple} or {@code advanced} form. The client asks for {@code advanced} (assumed to be
 * the report object with every field, see docs/providers.md).
 */
@Produces(MediaType.APPLICATION_JSON)
public interface HyberReportApi {

  @GET
  @Path("{message_id}/simple")
  String simpleByMessageId(
      @HeaderParam("Authorization") String authorization,
      @PathParam("message_id") String messageId);

  @GET
  @Path("{message_id}/advanced")
  String byMessageId(
      @HeaderParam("Authorization") String authorization,
      @PathParam("message_id") String messageId);

  @GET
  @Path("external/{extra_id}/simple")
  String simpleByExtraId(
      @HeaderParam("Authorization") String authorization, @PathParam("extra_id") String extraId);

  @GET
  @Path("external/{extra_id}/advanced")
  String byExtraId(
      @HeaderParam("Authorization") String authorization, @PathParam("extra_id") String extraId);
}
