package io.cascade.domain.template;

import io.cascade.domain.message.Placeholders;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The recipient the editor previews a template with: its variables as {@code name=value} lines
 * ({@link #parse}), typed by the user or filled in from a contact of the audience the editor
 * previews with.
 */
public record SampleRecipient(Map<String, String> variables) {

  public SampleRecipient {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }

  public static SampleRecipient none() {
    return new SampleRecipient(Map.of());
  }

  /**
   * Reads {@code name=value} lines; blank lines and lines without "=" are skipped, names are
   * trimmed, values kept as typed (a later line wins).
   */
  public static SampleRecipient parse(String lines) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (lines != null) {
      for (String line : lines.split("\\R")) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.substring(0, eq).isBlank()) {
          variables.put(line.substring(0, eq).strip(), line.substring(eq + 1));
        }
      }
    }
    return new SampleRecipient(variables);
  }

  /** The template as this recipient sees it; placeholders it has no value for stay as typed. */
  public String render(String template) {
    if (template == null) {
      return null;
    }
    Matcher m = Placeholders.PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = variables.getOrDefault(m.group(1), m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Variables the names use that this sample has no value for, in order of first use. */
  public Set<String> unknown(Set<String> names) {
    Set<String> unknown = new LinkedHashSet<>(names);
    unknown.removeAll(variables.keySet());
    return unknown;
  }
}
