package io.cascade.audience;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the text of an uploaded CSV file is encoded. Spreadsheets write UTF-8 (with or without a byte
 * order mark), UTF-16 with a byte order mark (Excel's "Unicode text"), or the Windows code page of
 * the system: Excel's plain "CSV" on Ukrainian or Russian Windows is Windows-1251. {@link #AUTO}
 * tells it from the file's first bytes; the upload's column step shows what it found and lets the
 * person choose another.
 */
public enum CsvEncoding {
  /** Detected from the file: see {@link #detect}. */
  AUTO(null, "Auto"),
  UTF_8(StandardCharsets.UTF_8, "UTF-8"),
  /** With a byte order mark, either byte order (without one: big-endian). */
  UTF_16(StandardCharsets.UTF_16, "UTF-16"),
  WINDOWS_1251(Charset.forName("windows-1251"), "Windows-1251");

  /** Bytes looked at to tell the encoding: enough for thousands of rows. */
  static final int DETECT_BYTES = 1 << 16;

  private final Charset charset;
  private final String label;

  CsvEncoding(Charset charset, String label) {
    this.charset = charset;
    this.label = label;
  }

  /** The charset that decodes the file; AUTO has none (detect first). */
  public Charset charset() {
    if (charset == null) {
      throw new IllegalStateException("Detect the encoding first");
    }
    return charset;
  }

  /** The name people know it by, as the screen shows it ("Windows-1251"). */
  public String label() {
    return label;
  }

  /**
   * The encoding of a file from its first bytes: UTF-8 or UTF-16 by their byte order mark; else
   * UTF-8 when the bytes are valid UTF-8 (plain ASCII is); else Windows-1251, where every byte is a
   * character. Bytes further on that are not text in the detected encoding are caught when read:
   * their row is refused.
   *
   * @param start the file's first bytes, up to {@link #DETECT_BYTES}
   * @param whole true when that is the whole file (else a character cut at the end is no error)
   */
  static CsvEncoding detect(byte[] start, boolean whole) {
    if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
      return UTF_8;
    }
    if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
      return UTF_16;
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(start);
    CharBuffer chars = CharBuffer.allocate(start.length);
    return strict.decode(bytes, chars, whole).isError() ? WINDOWS_1251 : UTF_8;
  }

  private static boolean startsWith(byte[] bytes, int... mark) {
    if (bytes.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((bytes[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }
}
