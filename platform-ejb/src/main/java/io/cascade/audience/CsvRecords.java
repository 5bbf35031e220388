package io.cascade.audience;

import io.cascade.domain.shared.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file, read line by line so that a broken one costs only itself: Commons
 * CSV's parser cannot go on after a quoting error, so each record's text is parsed on its own.
 *
 * <p>A record is a line, unless a quoted value legitimately goes on over the following lines. A
 * value left open for more than {@link #MAX_LINES} lines or longer than the value limit is a broken
 * row: it is refused at its first line and reading resumes at the line after it, so a stray quote
 * costs one row, not the rest of the file. The same holds for a record over several lines that does
 * not parse or has the wrong number of columns: most likely a stray quote swallowed the lines after
 * it. Blank lines are skipped; line numbers stay those of the file.
 */
final class CsvRecords {

  /** The most lines one quoted value may span. */
  static final int MAX_LINES = 20;

  /**
   * One record.
   *
   * @param line the number of its first line
   * @param text its text as in the file (lines joined by LF)
   * @param fields its values, trimmed; null when refused
   * @param refusal why it is refused, or null
   * @param problem what was wrong with its line, if the line itself could not be read
   */
  record Record(
      long line,
      String text,
      List<String> fields,
      LocalizedText refusal,
      CsvLines.Problem problem) {

    boolean unreadable() {
      return problem == CsvLines.Problem.UNDECODABLE || problem == CsvLines.Problem.NUL;
    }
  }

  /** What was left when reading stopped: from which line, and how many lines (blank ones not). */
  record Rest(long firstLine, long lines) {}

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int AFTER_QUOTE = 3;

  private final CsvLines lines;
  private final char delimiter;
  private final CSVFormat format;
  private final int columns;
  private final int maxValue;
  private final String encoding;
  private final Deque<CsvLines.Line> replay = new ArrayDeque<>();

  // what scan() found in the lines of the current record
  private boolean textAfterQuote;
  private int openValueChars;

  /**
   * @param columns the columns a row has (the header's): a record over several lines with another
   *     count is broken
   * @param maxValue the longest value, in characters
   * @param encoding the encoding's name, for the reason of a line that is not text in it
   */
  CsvRecords(CsvLines lines, char delimiter, int columns, int maxValue, String encoding) {
    this.lines = lines;
    this.delimiter = delimiter;
    this.format = ContactCsv.format(delimiter);
    this.columns = columns;
    this.maxValue = maxValue;
    this.encoding = encoding;
  }

  /** The next record that is not blank, or null after the last one. */
  Record next() throws IOException {
    while (true) {
      CsvLines.Line first = pull();
      if (first == null) {
        return null;
      }
      if (first.isBlank()) {
        continue;
      }
      if (first.problem() != CsvLines.Problem.NONE) {
        return refused(first, lineProblem(first.problem()));
      }
      textAfterQuote = false;
      openValueChars = 0;
      int state = scan(first.text(), FIELD_START);
      if (state != QUOTED) {
        if (textAfterQuote) {
          return refused(first, text("row.textAfterQuote"));
        }
        List<String> fields = fields(first.text());
        if (fields == null) {
          return refused(first, text("row.broken"));
        }
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
          continue;
        }
        return new Record(first.number(), first.text(), fields, null, CsvLines.Problem.NONE);
      }
      Record record = continued(first);
      if (record != null) {
        return record;
      }
    }
  }

  /** A record whose first line leaves a quoted value open. */
  private Record continued(CsvLines.Line first) throws IOException {
    List<CsvLines.Line> taken = new ArrayList<>();
    taken.add(first);
    StringBuilder text = new StringBuilder(first.text());
    int state = QUOTED;
    while (state == QUOTED) {
      if (taken.size() >= MAX_LINES || openValueChars > maxValue) {
        return broken(taken, text("row.quoteNotClosed", MAX_LINES, maxValue));
      }
      CsvLines.Line next = pull();
      if (next == null || next.problem() != CsvLines.Problem.NONE) {
        if (next != null) {
          replay.addFirst(next);
        }
        return broken(taken, text("row.quoteNotClosed", MAX_LINES, maxValue));
      }
      taken.add(next);
      text.append('\n').append(next.text());
      openValueChars++;
      state = scan(next.text(), QUOTED);
    }
    List<String> fields = textAfterQuote ? null : fields(text.toString());
    if (fields == null || fields.size() != columns) {
      return broken(
          taken,
          text("row.quoteSpansRows", taken.size(), fields == null ? "?" : fields.size(), columns));
    }
    return new Record(first.number(), text.toString(), fields, null, CsvLines.Problem.NONE);
  }

  /**
   * Refuses the first line of a record and reads its other lines again, as records of their own.
   */
  private Record broken(List<CsvLines.Line> taken, LocalizedText reason) {
    for (int i = taken.size() - 1; i >= 1; i--) {
      replay.addFirst(taken.get(i));
    }
    return refused(taken.get(0), reason);
  }

  private static Record refused(CsvLines.Line line, LocalizedText reason) {
    return new Record(line.number(), line.text(), null, reason, line.problem());
  }

  private LocalizedText lineProblem(CsvLines.Problem problem) {
    return switch (problem) {
      case UNDECODABLE -> text("row.undecodable", encoding);
      case NUL -> text("row.nul", encoding);
      case TOO_LONG -> text("row.lineTooLong", ContactCsv.MAX_LINE_CHARS);
      case NONE -> throw new IllegalArgumentException("no problem");
    };
  }

  /** Counts the lines left, without reading them as records: reading stopped. */
  Rest rest() throws IOException {
    long first = 0;
    long count = 0;
    for (CsvLines.Line line = pull(); line != null; line = pull()) {
      if (!line.isBlank()) {
        if (count++ == 0) {
          first = line.number();
        }
      }
    }
    return new Rest(first, count);
  }

  private CsvLines.Line pull() throws IOException {
    CsvLines.Line replayed = replay.pollFirst();
    return replayed != null ? replayed : lines.next();
  }

  /**
   * Follows the quoting of one line as Commons CSV reads it (a quote opens a value only at the
   * start of a field, spaces before it allowed; a doubled quote inside stands for one; after the
   * closing quote only spaces may come before the delimiter) and returns the state at the line's
   * end: {@link #QUOTED} when a value goes on to the next line.
   */
  private int scan(String line, int state) {
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      switch (state) {
        case FIELD_START -> {
          if (c == '"') {
            state = QUOTED;
          } else if (c != delimiter && !Character.isWhitespace(c)) {
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (c == delimiter) {
            state = FIELD_START;
          }
        }
        case QUOTED -> {
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              i++;
              openValueChars++;
            } else {
              state = AFTER_QUOTE;
            }
          } else {
            openValueChars++;
          }
        }
        default -> {
          if (c == delimiter) {
            state = FIELD_START;
          } else if (!Character.isWhitespace(c)) {
            textAfterQuote = true;
            state = UNQUOTED;
          }
        }
      }
      if (state == FIELD_START || state == UNQUOTED) {
        openValueChars = 0;
      }
    }
    return state;
  }

  /** The values of a record's text, trimmed; null when Commons CSV cannot parse it. */
  private List<String> fields(String text) {
    if (text.indexOf('"') < 0) {
      return split(text);
    }
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return List.of("");
      }
      List<String> fields = records.next().toList();
      return records.hasNext() ? null : fields;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * The values of a text without quotes, as Commons CSV reads them with surrounding spaces ignored
   * and values trimmed: split at each delimiter, whitespace and then control characters taken off
   * both ends. About ten times faster than a parser per line; {@code CsvRecordsTest} compares both.
   */
  List<String> split(String text) {
    List<String> fields = new ArrayList<>(columns);
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == delimiter) {
        fields.add(trimmed(text, start, i));
        start = i + 1;
      }
    }
    return fields;
  }

  private static String trimmed(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to).trim();
  }

  private static LocalizedText text(String key, Object... values) {
    return ContactCsv.text(key, values);
  }
}
