package io.cascade.provider;

import io.cascade.domain.shared.DomainException;
import java.util.List;
import java.util.stream.Collectors;

/** A request broke provider limits and was not sent; the violations say what to fix. */
public class LimitViolationException extends DomainException {

  private final String provider;
  private final List<LimitViolation> violations;

  public LimitViolationException(String provider, List<LimitViolation> violations) {
    super(
        provider
            + " would refuse this message: "
            + violations.stream().map(LimitViolation::toString).collect(Collectors.joining("; ")));
    this.provider = provider;
    this.violations = List.copyOf(violations);
  }

  /** Refuses the request before anything is sent when there is any violation. */
  public static void throwIfAny(String provider, List<LimitViolation> violations) {
    if (!violations.isEmpty()) {
      throw new LimitViolationException(provider, violations);
    }
  }

  public String provider() {
    return provider;
  }

  public List<LimitViolation> violations() {
    return violations;
  }
}
