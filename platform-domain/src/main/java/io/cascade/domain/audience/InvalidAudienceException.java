package io.cascade.domain.audience;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.LocalizedText;

/**
 * An audience input the platform cannot use: a list name, a CSV file, a column choice. The refusal
 * says what to fix and is kept as a message key and its values ({@link #text()}), so it reads in
 * the viewer's language; the message is its English text.
 */
public class InvalidAudienceException extends DomainException {

  private static final String BUNDLE = "io.cascade.domain.audience.AudienceMessages";

  private final LocalizedText text;

  public InvalidAudienceException(LocalizedText text) {
    super(text.toString());
    this.text = text;
  }

  /** A refusal of {@code io/cascade/domain/audience/AudienceMessages.properties}. */
  public InvalidAudienceException(String key, Object... values) {
    this(LocalizedText.of(InvalidAudienceException.class, BUNDLE, key, values));
  }

  /** The refusal, to render in a viewer's language. */
  public LocalizedText text() {
    return text;
  }
}
