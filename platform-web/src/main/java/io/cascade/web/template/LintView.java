package io.cascade.web.template;

import io.cascade.template.LintIssue;
import io.cascade.template.LintReport;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The last lint of the template editor, read per field in the viewer's language. */
public class LintView implements Serializable {

  private LintReport report;

  void show(LintReport lint) {
    report = lint;
  }

  void clear() {
    report = null;
  }

  /** Errors of one field (or channel), joined; empty when none. */
  public String errorFor(String field) {
    return join(report == null ? List.of() : report.errors(), field, " ");
  }

  public String warningFor(String field) {
    return join(report == null ? List.of() : report.warnings(), field, " ");
  }

  boolean hasErrors() {
    return report != null && !report.errors().isEmpty();
  }

  /** Every error, for the summary of a refused save. */
  String errors() {
    return report == null ? "" : join(report.errors(), null, " ");
  }

  public List<String> getWarnings() {
    Locale locale = locale();
    return report == null
        ? List.of()
        : report.warnings().stream().map(w -> w.message(locale)).toList();
  }

  private static String join(List<LintIssue> issues, String field, String separator) {
    Locale locale = locale();
    return issues.stream()
        .filter(i -> field == null || i.field().equals(field))
        .map(i -> i.message(locale))
        .collect(Collectors.joining(separator));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
