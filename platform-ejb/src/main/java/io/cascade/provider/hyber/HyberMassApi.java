package io.cascade.provider.hyber;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Hyber {@code proxy} host: mass sends and campaign status. */
@Produces(MediaType.APPLICATION_JSON)
public interface HyberMassApi {

  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  String batch(@HeaderParam("Authorization") String authorization, String body);

  @POST
  @Path("batch/sync")
  @Consumes(MediaType.APPLICATION_JSON)
  String batchSync(@HeaderParam("Authorization") String authorization, String body);

  @POST
  @Path("broadcast")
  @Consumes(MediaType.APPLICATION_JSON)
  String broadcast(@HeaderParam("Authorization") String authorization, String body);

  @POST
  @Path("broadcast/sync")
  @Consumes(MediaType.APPLICATION_JSON)
  String broadcastSync(@HeaderParam("Authorization") String authorization, String body);

  @GET
  @Path("status/{job_id}")
  String status(
      @HeaderParam("Authorization") String authorization, @PathParam("job_id") String jobId);
}
