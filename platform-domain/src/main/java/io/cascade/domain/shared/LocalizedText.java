package io.cascade.domain.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A sentence for a person kept as a message key and its values, so that each viewer reads it in
 * their language. The bundle's base file is English: {@link #toString()} is that text, which logs,
 * exceptions and REST answers use.
 *
 * <p>Values are strings (numbers are formatted when the text is made, so no locale adds thousands
 * separators) or other texts, which are rendered in the same locale: a validator's sentence can be
 * wrapped by whoever shows it.
 *
 * @param owner a class beside the bundle: its class loader finds it (the bundles live in several
 *     modules of the EAR)
 * @param bundle the bundle's base name ({@code io.cascade.provider.LimitMessages})
 * @param key the message key; its pattern is a {@link MessageFormat} (apostrophes doubled)
 * @param args the values of {@code {0}}, {@code {1}}...: {@code String} or {@code LocalizedText}
 */
public record LocalizedText(Class<?> owner, String bundle, String key, List<Serializable> args)
    implements Serializable {

  /** The one control for every lookup: no fall back to the server's default locale. */
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public LocalizedText {
    args = List.copyOf(args);
  }

  /** A text of the bundle beside {@code owner}; values other than texts become strings now. */
  public static LocalizedText of(Class<?> owner, String bundle, String key, Object... values) {
    List<Serializable> args = new ArrayList<>();
    for (Object value : values) {
      args.add(value instanceof LocalizedText text ? text : String.valueOf(value));
    }
    return new LocalizedText(owner, bundle, key, args);
  }

  public String in(Locale locale) {
    String pattern =
        ResourceBundle.getBundle(bundle, locale, owner.getClassLoader(), CONTROL).getString(key);
    Object[] values =
        args.stream().map(a -> a instanceof LocalizedText t ? t.in(locale) : a).toArray();
    return new MessageFormat(pattern, locale).format(values);
  }

  /** This text with each value (at any depth) passed through {@code change}. */
  public LocalizedText mapArgs(UnaryOperator<Serializable> change) {
    List<Serializable> changed = new ArrayList<>();
    for (Serializable arg : args) {
      Serializable value = arg instanceof LocalizedText t ? t.mapArgs(change) : arg;
      changed.add(change.apply(value));
    }
    return new LocalizedText(owner, bundle, key, changed);
  }

  /** The English text. */
  @Override
  public String toString() {
    return in(Locale.ROOT);
  }
}
