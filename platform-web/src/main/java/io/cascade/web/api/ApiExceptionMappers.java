package io.cascade.web.api;

import io.cascade.domain.campaign.IllegalTransitionException;
import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.NotFoundException;
import io.cascade.tenancy.TenantContext;
import io.cascade.tenancy.UnknownTenantException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers of the API: always JSON, with a message to act
 * on, in English.
 */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  /**
   * An error answer of the API.
   *
   * @param field the field of the (first) problem, when the request named one
   * @param problems every field to fix, when there are several
   */
  public record ApiError(String error, String message, String field, List<Problem> problems) {

    ApiError(String error, String message, String field) {
      this(error, message, field, null);
    }
  }

  /** One field to fix. */
  public record Problem(String field, String message) {}

  private ApiExceptionMappers() {}

  @Provider
  public static class DomainMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      if (e instanceof UnknownTenantException) {
        return json(
            Response.Status.NOT_FOUND, new ApiError("unknown-tenant", e.getMessage(), null));
      }
      if (e instanceof IllegalTransitionException) {
        return json(
            Response.Status.CONFLICT, new ApiError("illegal-transition", e.getMessage(), null));
      }
      if (e instanceof NotFoundException) {
        return json(Response.Status.NOT_FOUND, new ApiError("not-found", e.getMessage(), null));
      }
      if (e instanceof InvalidFieldException invalid) {
        List<Problem> problems =
            invalid.problems().stream().map(p -> new Problem(p.field(), p.message())).toList();
        return json(
            Response.Status.BAD_REQUEST,
            new ApiError("invalid", e.getMessage(), invalid.getField(), problems));
      }
      return json(Response.Status.BAD_REQUEST, new ApiError("invalid", e.getMessage(), null));
    }
  }

  /** A role refusal: one warning line for the operator, no stack trace; 403 for the caller. */
  @Provider
  public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
    @Context private SecurityContext security;
    @Context private Request request;
    @Context private UriInfo uri;

    @Override
    public Response toResponse(EJBAccessException e) {
      LOG.warning(
          () ->
              "Refused by role: "
                  + (security.getUserPrincipal() == null
                      ? "anonymous"
                      : security.getUserPrincipal().getName())
                  + " of tenant "
                  + TenantContext.current().orElse("none")
                  + ", "
                  + request.getMethod()
                  + " /api/"
                  + uri.getPath().replaceFirst("^/", ""));
      return json(
          Response.Status.FORBIDDEN,
          new ApiError("forbidden", "Your role does not allow this action.", null));
    }
  }

  /**
   * JAX-RS' own refusals (no such path or id, a method or media type the path does not take, a body
   * it cannot read) in the same JSON as ours, naming what was not found.
   */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Context private Request request;
    @Context private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String target = request.getMethod() + " /api/" + uri.getPath().replaceFirst("^/", "");
      ApiError error =
          switch (status) {
            case 404 -> new ApiError("not-found", "There is nothing at " + target + ".", null);
            case 405 ->
                new ApiError("method-not-allowed", target + " is not a method of the API.", null);
            case 406, 415 ->
                new ApiError("unsupported-media-type", "Send and accept application/json.", null);
            case 400 -> badRequest(e);
            default ->
                new ApiError("http-" + status, Response.Status.fromStatusCode(status) + ".", null);
          };
      return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
  }

  /** A body that could not be read (malformed JSON, a value of the wrong type). */
  @Provider
  public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return json(Response.Status.BAD_REQUEST, badRequest(e));
    }
  }

  static ApiError badRequest(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
    return new ApiError(
        "bad-request",
        "The request body is not valid JSON of the expected shape"
            + (why.isBlank() ? "." : ": " + why.replaceAll("\\s*at \\[Source.*$", "")),
        null);
  }

  private static Response json(Response.Status status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
  }
}
