package io.cascade.web.callback;

import io.cascade.callback.CallbackInbox;
import io.cascade.callback.CallbackParsers;
import io.cascade.callback.Receipt;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.provider.CallbackParseException;
import io.cascade.provideraccount.CallbackAccounts;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * {@code /callbacks/{provider}/{token}}: a provider's delivery report, "seen", click or reply, by
 * POST (JSON or form) or, for Messaggio, by GET. The token names the account (404 when it names
 * none, slowed down for an address that keeps trying); the body must read as the provider's format
 * (400 saying what is wrong) and be at most {@link #MAX_BODY} bytes (413). A good one is answered
 * 200 only once it is stored, with the group it was committed in; it is applied after.
 */
@Path("/{provider}/{token}")
@ApplicationScoped // one instance: providers post thousands a second, injection once
public class CallbackResource {

  private static final Logger LOG = Logger.getLogger(CallbackResource.class.getName());

  /** Larger than a batch of a thousand Hyber reports. */
  static final int MAX_BODY = 1 << 20;

  @Inject private CallbackAccounts accounts;
  @Inject private BadTokens badTokens;
  @EJB private CallbackInbox inbox;
  @Resource private ManagedScheduledExecutorService timer;

  @POST
  public void post(
      @PathParam("provider") String provider,
      @PathParam("token") String token,
      @Context HttpServletRequest request,
      InputStream body,
      @Suspended AsyncResponse response) {
    receive(provider, token, request, body, response);
  }

  /** Messaggio may be set to call back by GET, with the report in the query. */
  @GET
  public void get(
      @PathParam("provider") String provider,
      @PathParam("token") String token,
      @Context HttpServletRequest request,
      @Suspended AsyncResponse response) {
    receive(provider, token, request, InputStream.nullInputStream(), response);
  }

  private void receive(
      String provider,
      String token,
      HttpServletRequest request,
      InputStream body,
      AsyncResponse response) {
    Optional<ProviderKind> kind =
        Arrays.stream(ProviderKind.values()).filter(k -> k.pathName().equals(provider)).findFirst();
    Optional<CallbackAccounts.Found> account = kind.flatMap(k -> accounts.find(k, token));
    if (account.isEmpty()) {
      long delay = badTokens.miss(request.getRemoteAddr(), provider, token);
      Response notFound = text(Response.Status.NOT_FOUND, "No such callback URL");
      if (delay == 0) {
        response.resume(notFound);
      } else {
        timer.schedule(() -> response.resume(notFound), delay, TimeUnit.MILLISECONDS);
      }
      return;
    }
    CallbackAccounts.Found found = account.get();
    if (request.getContentLengthLong() > MAX_BODY) {
      response.resume(tooLarge());
      return;
    }
    String text;
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        response.resume(tooLarge());
        return;
      }
      text = new String(bytes, charset(request.getContentType()));
    } catch (IOException e) {
      response.resume(text(Response.Status.BAD_REQUEST, "The body could not be read"));
      return;
    }
    Receipt receipt =
        new Receipt(
            found.tenantId(),
            found.accountId(),
            found.provider(),
            request.getContentType(),
            request.getQueryString(),
            text);
    try {
      CallbackParsers.events(receipt);
    } catch (CallbackParseException e) {
      LOG.info(() -> "Refused a callback for account " + found.accountId() + ": " + e.getMessage());
      response.resume(text(Response.Status.BAD_REQUEST, e.getMessage()));
      return;
    }
    try {
      inbox
          .store(receipt)
          // no timeout of our own: the inbox answers every receipt it took (failing them when it
          // stops), and a timeout would hold each request's context until it fired
          .whenComplete(
              (stored, failure) ->
                  response.resume(
                      failure == null
                          ? text(Response.Status.OK, "OK")
                          : text(Response.Status.SERVICE_UNAVAILABLE, "Not stored; send again")));
    } catch (CallbackInbox.FullException e) {
      response.resume(
          Response.status(Response.Status.SERVICE_UNAVAILABLE)
              .header("Retry-After", "5")
              .type(MediaType.TEXT_PLAIN_TYPE)
              .entity(e.getMessage())
              .build());
    }
  }

  private static Response tooLarge() {
    return text(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The body is larger than " + MAX_BODY + " bytes; send reports in smaller batches");
  }

  static Response text(Response.Status status, String text) {
    return Response.status(status)
        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .entity(text)
        .build();
  }

  /** The content type's charset, UTF-8 when it names none (or one this JVM lacks). */
  static Charset charset(String contentType) {
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").strip());
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
