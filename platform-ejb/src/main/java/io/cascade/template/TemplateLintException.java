package io.cascade.template;

import io.cascade.domain.shared.DomainException;
import java.util.stream.Collectors;

/** A template breaks its provider's rules and was not saved; the report says what to fix. */
public class TemplateLintException extends DomainException {

  private final LintReport report;

  public TemplateLintException(LintReport report) {
    super(
        "The template was not saved: "
            + report.errors().stream().map(LintIssue::message).collect(Collectors.joining("; ")));
    this.report = report;
  }

  public LintReport report() {
    return report;
  }
}
