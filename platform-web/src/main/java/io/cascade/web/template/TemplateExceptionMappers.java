package io.cascade.web.template;

import io.cascade.template.LintIssue;
import io.cascade.template.TemplateLintException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The template API's own answer, more specific than the shared {@code DomainMapper}: the lint's
 * violations and warnings field by field, in English (the designer shows them translated).
 */
public final class TemplateExceptionMappers {

  /** 400 of a template that breaks its provider's rules. */
  public record LintError(
      String error, String message, List<Issue> violations, List<Issue> warnings) {}

  /** One violation or warning. */
  public record Issue(String field, String message) {

    static List<Issue> of(List<LintIssue> issues) {
      return issues.stream().map(i -> new Issue(i.field(), i.message())).toList();
    }
  }

  private TemplateExceptionMappers() {}

  @Provider
  public static class LintMapper implements ExceptionMapper<TemplateLintException> {
    @Override
    public Response toResponse(TemplateLintException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(
              new LintError(
                  "lint",
                  e.getMessage(),
                  Issue.of(e.report().errors()),
                  Issue.of(e.report().warnings())))
          .build();
    }
  }
}
