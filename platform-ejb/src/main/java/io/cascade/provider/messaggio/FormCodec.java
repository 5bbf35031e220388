package io.cascade.provider.messaggio;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} (UTF-8 unless told otherwise), as a multimap that keeps
 * the order of parameters and of repeated values (the order of {@code phone} matters to the
 * signature).
 */
public final class FormCodec {

  private FormCodec() {}

  public static String encode(Map<String, List<String>> form) {
    return encode(form, StandardCharsets.UTF_8);
  }

  /** Percent-encodes the bytes of each value in the given charset (Messaggio's {@code charset}). */
  public static String encode(Map<String, List<String>> form, Charset charset) {
    StringJoiner body = new StringJoiner("&");
    form.forEach(
        (name, values) ->
            values.forEach(
                v ->
                    body.add(
                        URLEncoder.encode(name, charset) + "=" + URLEncoder.encode(v, charset))));
    return body.toString();
  }

  public static Map<String, List<String>> decode(String body) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    if (body == null || body.isBlank()) {
      return form;
    }
    for (String pair : body.strip().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }
}
