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

  /**
   * Our message id, sent with every send. DecisionTelecom's body has no field for it (unlike
   * Hyber's {@code extra_id} and Messaggio's {@code p_transaction_id}); an HTTP server ignores a
   * request header it does not know (RFC 9110, section 5.1), so the real API is not affected, while
   * the provider simulator counts sends per (phone, this id) and a proxy log shows it.
   */
  String MESSAGE_ID_HEADER = "X-Cascade-Message-Id";

  @POST
  @Path("send-viber")
  String send(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(MESSAGE_ID_HEADER) String messageId,
      String body);

  @POST
  @Path("receive-viber")
  String status(@HeaderParam("Authorization") String authorization, String body);
}
