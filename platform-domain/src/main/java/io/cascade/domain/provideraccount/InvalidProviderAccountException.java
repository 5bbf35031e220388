package io.cascade.domain.provideraccount;

import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;
import java.util.List;

/** A provider account was given a value it cannot work with; names the field to fix. */
public class InvalidProviderAccountException extends InvalidFieldException {

  private static final String BUNDLE = "io.cascade.domain.provideraccount.AccountMessages";

  public InvalidProviderAccountException(String field, LocalizedText text) {
    super(field, text);
  }

  /** Every problem of the account at once. */
  public InvalidProviderAccountException(List<FieldProblem> problems) {
    super(problems);
  }

  /** Refuses the account when there is any problem. */
  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidProviderAccountException(problems);
    }
  }

  public static FieldProblem problem(String field, String key, Object... values) {
    return new FieldProblem(field, text(key, values));
  }

  /** A refusal of the field, by a key of {@code AccountMessages.properties}. */
  public static InvalidProviderAccountException of(String field, String key, Object... values) {
    return new InvalidProviderAccountException(field, text(key, values));
  }

  public static LocalizedText text(String key, Object... values) {
    return LocalizedText.of(InvalidProviderAccountException.class, BUNDLE, key, values);
  }
}
