package io.cascade.it.audience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV whose encoding breaks for good: UTF-8 past the 64 KB the encoding is detected from, then
 * 150 lines of Windows-1251, then UTF-8 again. Reading stops after 100 unreadable lines in a row.
 *
 * @param file the file written
 * @param goodRows the UTF-8 rows before the break, each with its own phone
 * @param firstBadLine the first Windows-1251 line
 */
record EncodingBreakCsv(Path file, int goodRows, long firstBadLine) {

  /** Lines refused before reading stops; the line after them is the first not read. */
  static final int UNREADABLE_BEFORE_STOP = 100;

  /**
   * @param phonePrefix the start of the good rows' Ukrainian phones, such as {@code +38050}; a
   *     counter fills the rest (a range of its own when the file goes to the suppression list)
   */
  static EncodingBreakCsv write(Path file, String phonePrefix) throws IOException {
    StringBuilder start = new StringBuilder("phone,city\n");
    int rows = 0;
    while (start.length() < 70_000) {
      rows++;
      start.append(phone(phonePrefix, rows)).append(",Kyiv\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(start.toString().getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 150; i++) {
      bytes.writeBytes("+380961111111,Київ\n".getBytes(Charset.forName("windows-1251")));
    }
    for (int i = 0; i < 50; i++) {
      bytes.writeBytes("+380962222222,Lviv\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(file, bytes.toByteArray());
    return new EncodingBreakCsv(file, rows, rows + 2L);
  }

  /** The phone of a good row (1 for the first): the prefix, then the row's number. */
  static String phone(String phonePrefix, int row) {
    // +380 and nine digits
    int digits = 13 - phonePrefix.length();
    return phonePrefix + String.format("%0" + digits + "d", row);
  }

  /** The first line not read. */
  long firstLineNotRead() {
    return firstBadLine + UNREADABLE_BEFORE_STOP;
  }
}
