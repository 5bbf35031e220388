package io.cascade.template;

import java.io.Serializable;
import java.util.List;

/**
 * The audience a template is previewed with: its name and the variables its contacts carry. The
 * editor offers these variables and flags the ones a template uses that the audience lacks.
 */
public record SampleAudience(String name, List<String> variables) implements Serializable {

  public SampleAudience {
    variables = List.copyOf(variables);
  }
}
