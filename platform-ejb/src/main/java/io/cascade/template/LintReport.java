package io.cascade.template;

import java.io.Serializable;
import java.util.List;

/** What the lint found: errors block saving, warnings explain what will look different. */
public record LintReport(List<LintIssue> errors, List<LintIssue> warnings) implements Serializable {

  public LintReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
