package io.cascade.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A business rule refused an input or a state change. The message says what to fix and is fit to
 * show a person; services let it through (declared an application exception in ejb-jar.xml), and
 * the web layer maps it once: to a 400 for REST (in English) and to a message for screens, in the
 * viewer's language when the refusal is kept as message keys ({@link LocalizedText}).
 */
public class DomainException extends RuntimeException {

  private final List<LocalizedText> texts;

  /** A refusal in English only. */
  public DomainException(String message) {
    super(message);
    this.texts = List.of();
  }

  /** A refusal that reads in each viewer's language; its English text is the message. */
  public DomainException(LocalizedText text) {
    this(List.of(text));
  }

  /** Several problems at once, each a sentence. */
  public DomainException(List<LocalizedText> texts) {
    super(texts.stream().map(LocalizedText::toString).collect(Collectors.joining("; ")));
    this.texts = List.copyOf(texts);
  }

  /** An English message with the texts it is made of, when it has them. */
  protected DomainException(String message, List<LocalizedText> texts) {
    super(message);
    this.texts = List.copyOf(texts);
  }

  /** The problems as keys and values; empty for an English-only refusal. */
  public List<LocalizedText> texts() {
    return texts;
  }

  /** The message in the viewer's language (English where no translation exists). */
  public String getMessage(Locale locale) {
    return texts.isEmpty()
        ? getMessage()
        : texts.stream().map(t -> t.in(locale)).collect(Collectors.joining("; "));
  }
}
