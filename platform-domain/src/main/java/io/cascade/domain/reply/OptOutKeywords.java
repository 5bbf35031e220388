package io.cascade.domain.reply;

import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that, as the whole of a reply, mean "send me nothing more". Case, spaces and trailing
 * punctuation do not matter ("Stop!", " с т о п " and "STOP" are one keyword), so a subscriber is
 * understood however they type it; a longer text that only contains a keyword is not an opt-out.
 */
public record OptOutKeywords(List<String> words) {

  public static final List<String> DEFAULTS = List.of("STOP", "СТОП", "ВІДПИСАТИСЯ", "ОТПИСАТЬСЯ");

  public static final int MAX_WORDS = 50;
  public static final int MAX_LENGTH = 40;

  private static final String MESSAGES = "io.cascade.domain.reply.ReplyMessages";

  public OptOutKeywords {
    Set<String> kept = new LinkedHashSet<>();
    for (String w : words) {
      String normal = normal(w);
      if (normal.isEmpty()) {
        continue;
      }
      if (normal.length() > MAX_LENGTH) {
        throw new InvalidFieldException(
            "optOutKeywords",
            LocalizedText.of(OptOutKeywords.class, MESSAGES, "keyword.length", w, MAX_LENGTH));
      }
      kept.add(normal);
    }
    if (kept.size() > MAX_WORDS) {
      throw new InvalidFieldException(
          "optOutKeywords",
          LocalizedText.of(OptOutKeywords.class, MESSAGES, "keywords.count", MAX_WORDS));
    }
    words = List.copyOf(kept);
  }

  public static OptOutKeywords defaults() {
    return new OptOutKeywords(DEFAULTS);
  }

  /** Keywords as a person types them: separated by commas or new lines; empty for the defaults. */
  public static OptOutKeywords parse(String text) {
    if (text == null || text.isBlank()) {
      return defaults();
    }
    List<String> words = new ArrayList<>();
    for (String w : text.split("[,\\n]")) {
      words.add(w);
    }
    return new OptOutKeywords(words);
  }

  /** As stored and shown: one line of comma-separated keywords. */
  public String text() {
    return String.join(", ", words);
  }

  /** Whether the reply, as a whole, is one of the keywords. */
  public boolean matches(String reply) {
    return reply != null && words.contains(normal(reply));
  }

  /** Upper case, without spaces and without punctuation at the ends. */
  static String normal(String text) {
    if (text == null) {
      return "";
    }
    String squeezed = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return squeezed.replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", "");
  }
}
