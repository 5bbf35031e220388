package io.cascade.domain.audience;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.LocalizedText;
import java.util.Optional;

/**
 * An audience input the platform cannot use: a list name, a CSV file, a column choice. Its message
 * says what to fix; when kept as a message key ({@link #text()}), it reads in the viewer's
 * language.
 */
public class InvalidAudienceException extends DomainException {

  private final LocalizedText text;

  public InvalidAudienceException(String message) {
    super(message);
    this.text = null;
  }

  /** A refusal kept as a message key and its values; the message is its English text. */
  public InvalidAudienceException(LocalizedText text) {
    super(text.toString());
    this.text = text;
  }

  /** The refusal to render in a viewer's language; empty when it exists in English only. */
  public Optional<LocalizedText> text() {
    return Optional.ofNullable(text);
  }
}
