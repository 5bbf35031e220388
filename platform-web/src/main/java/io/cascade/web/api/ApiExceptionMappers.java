package io.cascade.web.api;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.NotFoundException;
import io.cascade.tenancy.UnknownTenantException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one place where service exceptions become HTTP answers with a message to act on. */
public final class ApiExceptionMappers {

  /** An error answer of the API. */
  public record ApiError(String error, String message, String field) {}

  private ApiExceptionMappers() {}

  @Provider
  public static class DomainMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      if (e instanceof UnknownTenantException) {
        return json(
            Response.Status.NOT_FOUND, new ApiError("unknown-tenant", e.getMessage(), null));
      }
      if (e instanceof NotFoundException) {
        return json(Response.Status.NOT_FOUND, new ApiError("not-found", e.getMessage(), null));
      }
      String field = e instanceof InvalidFieldException invalid ? invalid.getField() : null;
      return json(Response.Status.BAD_REQUEST, new ApiError("invalid", e.getMessage(), field));
    }
  }

  @Provider
  public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return json(
          Response.Status.FORBIDDEN,
          new ApiError("forbidden", "Your role does not allow this action.", null));
    }
  }

  private static Response json(Response.Status status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
  }
}
