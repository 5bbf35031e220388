package io.cascade.domain.message;

import io.cascade.domain.channel.InvalidContentException;
import java.util.Set;

/** A template names {@code %variables%} the recipient does not have. */
public class MissingVariableException extends InvalidContentException {

  private final Set<String> missing;

  public MissingVariableException(Set<String> missing) {
    super("variables.missing", String.join(", ", missing));
    this.missing = Set.copyOf(missing);
  }

  public Set<String> missing() {
    return missing;
  }
}
