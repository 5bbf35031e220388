package io.cascade.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A small {@code multipart/form-data} parser over a body already in memory (media uploads). */
public final class Multipart {
  private Multipart() {}

  /** One part: its field name, file name (null for plain fields) and content. */
  public record Part(String name, String fileName, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** Parts by field name; empty when the content type is not multipart or the body is broken. */
  public static Map<String, Part> parse(String contentType, byte[] body) {
    Map<String, Part> parts = new LinkedHashMap<>();
    String boundary = boundary(contentType);
    if (boundary == null) {
      return parts;
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    while (pos >= 0) {
      int start = pos + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // closing delimiter
      }
      start = skipLineBreak(body, start);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      if (headersEnd < 0) {
        break;
      }
      String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int next = indexOf(body, delimiter, contentStart);
      if (next < 0) {
        break;
      }
      int contentEnd = next;
      if (contentEnd >= 2 && body[contentEnd - 2] == '\r' && body[contentEnd - 1] == '\n') {
        contentEnd -= 2;
      }
      String name = attribute(headers, "name");
      if (name != null) {
        parts.put(
            name,
            new Part(
                name,
                attribute(headers, "filename"),
                Arrays.copyOfRange(body, contentStart, Math.max(contentStart, contentEnd))));
      }
      pos = next;
    }
    return parts;
  }

  private static String boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    for (String piece : contentType.split(";")) {
      String p = piece.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = p.substring(9);
        return b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
      }
    }
    return null;
  }

  private static String attribute(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition")) {
        continue;
      }
      for (String piece : line.split(";")) {
        String p = piece.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith(name + "=")) {
          String v = p.substring(name.length() + 1);
          return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        }
      }
    }
    return null;
  }

  private static int skipLineBreak(byte[] body, int i) {
    if (i + 1 < body.length && body[i] == '\r' && body[i + 1] == '\n') {
      return i + 2;
    }
    return i;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
