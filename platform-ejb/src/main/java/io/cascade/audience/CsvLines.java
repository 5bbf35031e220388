package io.cascade.audience;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The physical lines of a text file with their numbers (1 for the first), decoded strictly: bytes
 * that are not text in the file's encoding never become U+FFFD unnoticed, they mark their line
 * {@link Problem#UNDECODABLE} (the text shows U+FFFD where they were, for the person reading the
 * refusal). A line ends at LF, CR LF or CR; a byte order mark at the start is dropped. A line
 * longer than the limit keeps its first characters and is marked {@link Problem#TOO_LONG}; the rest
 * is skipped up to the next line, so memory stays bounded whatever the file holds.
 */
final class CsvLines {

  /** What is wrong with a line, if anything; the worst one found. */
  enum Problem {
    NONE,
    TOO_LONG,
    /** A NUL character: binary data, or UTF-16 read as a one-byte encoding. */
    NUL,
    UNDECODABLE
  }

  /**
   * One line.
   *
   * @param text the line without its end (only its first characters when too long)
   */
  record Line(long number, String text, Problem problem) {

    boolean isBlank() {
      return problem == Problem.NONE && text.isBlank();
    }
  }

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final int maxChars;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private final StringBuilder line = new StringBuilder(256);
  private Problem problem = Problem.NONE;
  private boolean endOfInput;
  private boolean flushed;
  private boolean afterCarriageReturn;
  private boolean started;
  private int undecodableBytes;
  private IOException readFailure;
  private long number;

  /**
   * @param maxChars the longest line kept whole
   */
  CsvLines(InputStream in, Charset charset, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The next line, or null after the last one. */
  Line next() throws IOException {
    line.setLength(0);
    problem = Problem.NONE;
    boolean any = false;
    while (true) {
      if (!chars.hasRemaining()) {
        if (!fill()) {
          return any || line.length() > 0 || problem != Problem.NONE ? finish() : null;
        }
        any = any || problem != Problem.NONE;
        continue;
      }
      char[] array = chars.array();
      int position = chars.position();
      int limit = chars.limit();
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (array[position] == '\n') {
          chars.position(++position);
          continue;
        }
      }
      if (!started) {
        started = true;
        if (array[position] == '\uFEFF') {
          chars.position(++position);
          continue;
        }
      }
      int i = position;
      while (i < limit) {
        char c = array[i];
        if (c == '\n' || c == '\r') {
          append(array, position, i);
          chars.position(i + 1);
          afterCarriageReturn = c == '\r';
          return finish();
        }
        if (c == 0) {
          mark(Problem.NUL);
        }
        i++;
      }
      append(array, position, limit);
      chars.position(limit);
      any = true;
    }
  }

  /** The number of the last line read whole. */
  long lastNumber() {
    return number;
  }

  private Line finish() {
    return new Line(++number, line.toString(), problem);
  }

  private void append(char[] array, int from, int to) {
    int room = maxChars - line.length();
    if (to - from > room) {
      line.append(array, from, Math.max(0, room));
      mark(Problem.TOO_LONG);
    } else {
      line.append(array, from, to - from);
    }
  }

  private void mark(Problem found) {
    if (found.compareTo(problem) > 0) {
      problem = found;
    }
  }

  /**
   * Decodes the next characters. Bytes that are not text are skipped and mark the line they are in:
   * the line being read when the decoder reaches them, after the characters before them.
   */
  private boolean fill() throws IOException {
    if (readFailure != null) {
      throw readFailure;
    }
    if (undecodableBytes > 0) {
      bytes.position(bytes.position() + undecodableBytes);
      undecodableBytes = 0;
      undecodable();
    }
    chars.clear();
    while (!flushed) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        if (chars.position() > 0) {
          // the characters before them belong to the line first
          undecodableBytes = result.length();
          break;
        }
        bytes.position(bytes.position() + result.length());
        undecodable();
        continue;
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
      if (chars.position() > chars.capacity() / 2) {
        break;
      }
      bytes.compact();
      int read;
      try {
        read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      } catch (IOException e) {
        bytes.flip();
        if (chars.position() == 0) {
          throw e;
        }
        // the lines decoded before the error are read first: it then names the right line
        readFailure = e;
        break;
      }
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
    chars.flip();
    return chars.hasRemaining() || undecodableBytes > 0;
  }

  private void undecodable() {
    mark(Problem.UNDECODABLE);
    if (line.length() < maxChars) {
      line.append('\uFFFD');
    }
  }
}
