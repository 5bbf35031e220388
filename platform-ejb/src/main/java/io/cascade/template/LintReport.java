package io.cascade.template;

import java.util.List;

/** What the lint found: errors block saving, warnings explain what will look different. */
public record LintReport(List<LintIssue> errors, List<LintIssue> warnings) {

  public LintReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
