package io.cascade.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values the platform cannot use, naming each field to fix: every problem of a form at once, so a
 * person corrects them in one go. REST answers 400 with the fields; screens show each at its input.
 */
public class InvalidFieldException extends DomainException {

  private final List<FieldProblem> problems;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.problems = List.of(new FieldProblem(field, null, message));
  }

  public InvalidFieldException(String field, LocalizedText text) {
    this(List.of(new FieldProblem(field, text)));
  }

  /** Several problems; there must be at least one. */
  public InvalidFieldException(List<FieldProblem> problems) {
    super(
        problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")),
        problems.stream().allMatch(p -> p.text() != null)
            ? problems.stream().map(FieldProblem::text).toList()
            : List.of());
    this.problems = List.copyOf(problems);
  }

  /** The field of the first problem. */
  public String getField() {
    return problems.get(0).field();
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
