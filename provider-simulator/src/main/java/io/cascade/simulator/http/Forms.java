package io.cascade.simulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} parsing that keeps repeated names in their order (the
 * Messaggio signature depends on the order of the phones) and decodes in a chosen charset (its
 * {@code charset} parameter may say CP1251).
 */
public final class Forms {
  private Forms() {}

  /** Raw (still percent-encoded) pairs, in order. */
  public static List<String[]> pairs(String encoded) {
    List<String[]> pairs = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return pairs;
    }
    int start = 0;
    while (start <= encoded.length()) {
      int end = encoded.indexOf('&', start);
      if (end < 0) {
        end = encoded.length();
      }
      if (end > start) {
        String pair = encoded.substring(start, end);
        int eq = pair.indexOf('=');
        pairs.add(
            eq < 0
                ? new String[] {pair, ""}
                : new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
      }
      start = end + 1;
    }
    return pairs;
  }

  /** Decodes the pairs: name -> values in order. */
  public static Map<String, List<String>> decode(List<String[]> pairs, Charset charset) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] pair : pairs) {
      out.computeIfAbsent(decode(pair[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(decode(pair[1], charset));
    }
    return out;
  }

  public static String decode(String text, Charset charset) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(charset);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(charset);
  }

  private static boolean isHex(String text, int i) {
    return i < text.length() && Character.digit(text.charAt(i), 16) >= 0;
  }

  /** Encodes name=value pairs for callbacks. */
  public static String encode(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (k, v) -> {
          if (v != null) {
            if (out.length() > 0) {
              out.append('&');
            }
            out.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return out.toString();
  }
}
