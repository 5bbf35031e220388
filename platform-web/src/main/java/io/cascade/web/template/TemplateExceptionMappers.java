package io.cascade.web.template;

import io.cascade.template.LintIssue;
import io.cascade.template.TemplateLintException;
import io.cascade.template.TemplateNotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The template API's own answers, more specific than the shared {@code DomainMapper}: the lint's
 * violations field by field, and "not found" for a template of no (or another) tenant.
 */
public final class TemplateExceptionMappers {

  /** 400 of a template that breaks its provider's rules. */
  public record LintError(
      String error, String message, List<LintIssue> violations, List<LintIssue> warnings) {}

  /** 400/404 of the template API. */
  public record TemplateError(String error, String message, String field) {}

  private TemplateExceptionMappers() {}

  @Provider
  public static class LintMapper implements ExceptionMapper<TemplateLintException> {
    @Override
    public Response toResponse(TemplateLintException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(new LintError("lint", e.getMessage(), e.report().errors(), e.report().warnings()))
          .build();
    }
  }

  @Provider
  public static class NotFoundMapper implements ExceptionMapper<TemplateNotFoundException> {
    @Override
    public Response toResponse(TemplateNotFoundException e) {
      return Response.status(Response.Status.NOT_FOUND)
          .type(MediaType.APPLICATION_JSON)
          .entity(new TemplateError("not-found", "There is no such template.", null))
          .build();
    }
  }

  @Provider
  public static class InputMapper implements ExceptionMapper<InvalidTemplateInputException> {
    @Override
    public Response toResponse(InvalidTemplateInputException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(new TemplateError("invalid", e.getMessage(), e.field()))
          .build();
    }
  }
}
