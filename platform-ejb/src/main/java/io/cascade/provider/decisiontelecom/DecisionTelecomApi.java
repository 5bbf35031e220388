package io.cascade.provider.decisiontelecom;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** DecisionTelecom API host: send one Viber(+SMS) message, and ask for its status. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface DecisionTelecomApi {

  @POST
  @Path("send-viber")
  String send(@HeaderParam("Authorization") String authorization, String body);

  @POST
  @Path("receive-viber")
  String status(@HeaderParam("Authorization") String authorization, String body);
}
