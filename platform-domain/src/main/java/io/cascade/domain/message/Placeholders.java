package io.cascade.domain.message;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code %variable%} templates, the syntax Hyber's broadcast uses and which we render ourselves for
 * providers without it. A "%" not followed by a name and a closing "%" stays as it is, so "50% off"
 * is plain text.
 */
public final class Placeholders {

  /** Names are letters, digits and underscores, starting with a letter or underscore. */
  public static final Pattern PLACEHOLDER = Pattern.compile("%([A-Za-z_][A-Za-z0-9_]{0,63})%");

  private Placeholders() {}

  public static boolean hasAny(String template) {
    return template != null && PLACEHOLDER.matcher(template).find();
  }

  /** Variable names used in the template, in order of first use. */
  public static Set<String> names(String template) {
    Set<String> names = new LinkedHashSet<>();
    if (template != null) {
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * Fills every placeholder from {@code variables}.
   *
   * @throws MissingVariableException naming every variable without a value
   */
  public static String render(String template, Map<String, String> variables) {
    if (template == null) {
      return null;
    }
    Set<String> missing = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = variables.get(m.group(1));
      if (value == null) {
        missing.add(m.group(1));
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    if (!missing.isEmpty()) {
      throw new MissingVariableException(missing);
    }
    return out.toString();
  }
}
