package io.cascade.channel;

import io.cascade.shared.DomainException;
import java.util.List;

/** A value object refused what it was given; each problem is a sentence a person can act on. */
public class InvalidContentException extends DomainException {

  private final List<String> problems;

  public InvalidContentException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidContentException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
