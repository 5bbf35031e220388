package io.cascade.provider;

/**
 * One broken provider limit.
 *
 * @param field our name of what is wrong ("viber.text", "recipients[3].phone")
 * @param message a sentence a person understands, with the limit and the actual value
 */
public record LimitViolation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
