package io.cascade.domain.channel;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.LocalizedText;
import java.util.List;

/**
 * A value object refused what it was given; each problem is a sentence a person can act on, kept as
 * a key of {@code io/cascade/domain/channel/ContentMessages.properties} so it can be shown in the
 * viewer's language.
 */
public class InvalidContentException extends DomainException {

  private static final String BUNDLE = "io.cascade.domain.channel.ContentMessages";

  public InvalidContentException(List<LocalizedText> texts) {
    super(texts);
  }

  public InvalidContentException(LocalizedText text) {
    this(List.of(text));
  }

  /** A problem the domain's bundle names by {@code key}. */
  public InvalidContentException(String key, Object... values) {
    this(text(key, values));
  }

  /** A text of the domain's bundle, for problems collected before throwing. */
  public static LocalizedText text(String key, Object... values) {
    return LocalizedText.of(InvalidContentException.class, BUNDLE, key, values);
  }

  /** The problems in English. */
  public List<String> problems() {
    return texts().stream().map(LocalizedText::toString).toList();
  }
}
