package io.cascade.provider;

import java.util.List;

/**
 * One outcome per recipient, plus warnings a person should see (content that was sent but will not
 * look as designed, such as a button without a link).
 */
public record SendReport(List<SendOutcome> outcomes, List<String> warnings) {

  public SendReport {
    outcomes = List.copyOf(outcomes);
    warnings = List.copyOf(warnings);
  }
}
