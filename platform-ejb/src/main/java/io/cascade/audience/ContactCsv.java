package io.cascade.audience;

import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.InvalidAudienceException;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.shared.LocalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a contact CSV row by row: the first line names the columns; each row gives a phone,
 * normalised to E.164 in the tenant's region, and the chosen variables. A row that cannot be used
 * (invalid phone, wrong number of columns, broken quoting, bytes that are not text) is refused with
 * its line number and the reason, and reading goes on with the next line: the file is read by
 * physical lines ({@link CsvLines}) and each record parsed on its own ({@link CsvRecords}). Nothing
 * is kept in memory but the phones seen, to count duplicates.
 */
public final class ContactCsv {

  /** Bytes looked at to tell a text file from a binary one (a NUL byte, unless UTF-16). */
  static final int SNIFF_BYTES = 8192;

  /** The most columns a file may have: a contact list is no spreadsheet of everything. */
  public static final int MAX_COLUMNS = 100;

  /** The longest column name (the phone column's name is stored with the import). */
  public static final int MAX_COLUMN_NAME = 200;

  /**
   * The longest line read whole, in characters: enough for the most columns each with a value of
   * the longest length, quoted. A longer line is refused (only its start is kept), and memory stays
   * bounded whatever the file holds.
   */
  public static final int MAX_LINE_CHARS = MAX_COLUMNS * (Contact.MAX_VALUE + 3);

  /**
   * Lines in a row that are not text in the file's encoding after which reading stops: the file is
   * not in that encoding from there on, and refusing each of its lines would only bury the reason.
   */
  static final int MAX_UNREADABLE_IN_A_ROW = 100;

  private static final String BUNDLE = "io.cascade.audience.CsvMessages";

  /** Header names that suggest the phone column, lower case. */
  private static final List<String> PHONE_NAMES =
      List.of("phone", "msisdn", "mobile", "phone_number", "телефон", "номер");

  private ContactCsv() {}

  /**
   * The first line of a file: its delimiter and column names, and the encoding it was read in
   * (detected, or chosen at upload), which the rows are read in too.
   */
  public record Header(char delimiter, List<String> columns, CsvEncoding encoding) {

    public Header {
      columns = List.copyOf(columns);
      if (encoding == null || encoding == CsvEncoding.AUTO) {
        throw new IllegalArgumentException("A header is read in a known encoding, not " + encoding);
      }
    }

    /** The column most likely to hold phones by its name, for the form's default choice. */
    public String suggestedPhoneColumn() {
      return phoneColumnByName().orElse(columns.get(0));
    }

    /** A column whose name says it holds phones ("phone", "msisdn", "телефон", ...). */
    public Optional<String> phoneColumnByName() {
      return columns.stream()
          .filter(c -> PHONE_NAMES.contains(c.toLowerCase(Locale.ROOT)))
          .findFirst()
          .or(
              () ->
                  columns.stream()
                      .filter(c -> c.toLowerCase(Locale.ROOT).contains("phone"))
                      .findFirst());
    }

    /**
     * The columns to propose as variables: all but the suggested phone column whose names a
     * template can use as {@code %name%} ({@link Contact#isVariableName}), at most {@link
     * ContactImport#MAX_VARIABLES}.
     */
    public List<String> suggestedVariableColumns() {
      return variableColumnsBesides(suggestedPhoneColumn());
    }

    /** The columns a template can use as variables, other than the phone column. */
    public List<String> variableColumnsBesides(String phone) {
      return columns.stream()
          .filter(c -> !c.equals(phone) && Contact.isVariableName(c))
          .limit(ContactImport.MAX_VARIABLES)
          .toList();
    }

    /** Refuses a phone or variable column the file does not have. */
    public void check(String phoneColumn, List<String> variableColumns) {
      List<String> wanted = new ArrayList<>(variableColumns);
      wanted.add(0, phoneColumn);
      for (String column : wanted) {
        if (column == null || !columns.contains(column)) {
          throw refusal("header.noColumn", column, String.join(", ", columns));
        }
      }
    }
  }

  /** Rows looked at to find the phone column by its values. */
  public static final int SNIFF_ROWS = 50;

  /**
   * The first rows after the header as the reader sees them (blank lines skipped), for a preview
   * and for finding the phone column; reading stops quietly at a row it cannot parse.
   */
  public static List<List<String>> firstRows(Path file, Header header, int max) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), header.encoding().charset()));
        CSVParser parser = CSVParser.parse(reader, format(header.delimiter()))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (records.hasNext()) {
        records.next(); // the header
      }
      while (rows.size() < max && records.hasNext()) {
        CSVRecord record = records.next();
        if (record.size() > 1 || !record.get(0).isBlank()) {
          rows.add(List.copyOf(record.toList()));
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // a row Commons CSV cannot parse ends the look: the rows before it are the sample
    }
    return rows;
  }

  /**
   * The column whose values look like phone numbers (7 digits or more, with only + ( ) - . and
   * spaces besides) in at least half of the rows, for a file whose column names say nothing.
   */
  public static Optional<String> phoneColumnByValues(Header header, List<List<String>> rows) {
    int[] phoneLike = new int[header.columns().size()];
    for (List<String> row : rows) {
      for (int i = 0; i < Math.min(row.size(), phoneLike.length); i++) {
        String digits = row.get(i).strip().replaceAll("[+()\\-. ]", "");
        if (digits.length() >= 7 && digits.chars().allMatch(Character::isDigit)) {
          phoneLike[i]++;
        }
      }
    }
    int best = -1;
    for (int i = 0; i < phoneLike.length; i++) {
      if (!rows.isEmpty()
          && phoneLike[i] * 2 >= rows.size()
          && (best < 0 || phoneLike[i] > phoneLike[best])) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(header.columns().get(best));
  }

  /** Where the rows go. */
  public interface Sink {
    void contact(long line, PhoneNumber phone, Map<String, String> variables) throws IOException;

    /**
     * A row that cannot be imported.
     *
     * @param reason why, in the viewer's language ({@code toString()}: English)
     * @param row the row's text as in the file
     */
    void refused(long line, LocalizedText reason, String row) throws IOException;
  }

  /**
   * What the reading found.
   *
   * @param rows data rows read (the header not counted)
   * @param contacts rows with a valid phone
   * @param duplicates rows whose phone an earlier row of the file had: merged, the last row wins
   * @param refused rows refused, each reported to the sink
   * @param stop where reading stopped before the end of the file, or null when it read it all
   */
  public record Result(long rows, long contacts, long duplicates, long refused, Stop stop) {

    /** The outcome of a file read to its end. */
    public Result(long rows, long contacts, long duplicates, long refused) {
      this(rows, contacts, duplicates, refused, null);
    }

    /** Distinct phones of the file: the contacts it adds to or updates in the list. */
    public long distinctContacts() {
      return contacts - duplicates;
    }
  }

  /**
   * Where reading stopped before the end of the file: so many lines in a row were not text in the
   * file's encoding that the rest is not either. The rows before were read (the good ones imported,
   * the others refused); the lines from here on were not.
   *
   * @param line the first line not read
   * @param linesNotRead the lines from there to the end, blank ones not counted
   * @param reason why, and what to do
   */
  public record Stop(long line, long linesNotRead, LocalizedText reason) {}

  /**
   * Reads the header of a file on disk in the encoding detected from its first bytes, refusing
   * files that are empty, binary or nameless.
   */
  public static Header readHeader(Path file) throws IOException {
    return readHeader(file, CsvEncoding.AUTO);
  }

  /**
   * Reads the header of a file on disk, refusing files that are empty, binary or nameless.
   *
   * @param encoding the file's encoding, or {@link CsvEncoding#AUTO} to detect it ({@link
   *     Header#encoding()} tells which one it found)
   */
  public static Header readHeader(Path file, CsvEncoding encoding) throws IOException {
    byte[] start;
    boolean whole;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(CsvEncoding.DETECT_BYTES);
      whole = in.read() < 0;
    }
    CsvEncoding read = encoding == CsvEncoding.AUTO ? CsvEncoding.detect(start, whole) : encoding;
    if (read != CsvEncoding.UTF_16) {
      for (int i = 0; i < Math.min(start.length, SNIFF_BYTES); i++) {
        if (start[i] == 0) {
          throw refusal("header.notText");
        }
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      CsvLines.Line first = new CsvLines(in, read.charset(), MAX_LINE_CHARS).next();
      if (first != null && first.problem() == CsvLines.Problem.UNDECODABLE) {
        throw refusal("header.undecodable", read.label());
      }
      if (first != null && first.problem() == CsvLines.Problem.NUL) {
        throw refusal("header.notText");
      }
      if (first != null && first.problem() == CsvLines.Problem.TOO_LONG) {
        throw refusal("header.lineTooLong", MAX_LINE_CHARS);
      }
      return header(first == null ? null : first.text(), read);
    }
  }

  /** The header of a first line read as UTF-8. */
  static Header header(String firstLine) throws IOException {
    return header(firstLine, CsvEncoding.UTF_8);
  }

  static Header header(String firstLine, CsvEncoding encoding) throws IOException {
    if (firstLine == null || firstLine.isBlank()) {
      throw refusal("header.empty");
    }
    if (firstLine.length() > MAX_LINE_CHARS) {
      throw refusal("header.lineTooLong", MAX_LINE_CHARS);
    }
    char delimiter = delimiterOf(firstLine);
    List<String> columns = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(firstLine), format(delimiter))) {
      for (CSVRecord record : parser) {
        record.forEach(name -> columns.add(name.strip()));
        break;
      }
    } catch (UncheckedIOException e) {
      throw refusal("header.invalid", e.getMessage());
    }
    if (columns.size() > MAX_COLUMNS) {
      throw refusal("header.tooManyColumns", columns.size(), MAX_COLUMNS);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      if (name.isEmpty()) {
        throw refusal("header.nameless", i + 1);
      }
      if (name.length() > MAX_COLUMN_NAME) {
        throw refusal("header.nameTooLong", i + 1, name.length(), MAX_COLUMN_NAME);
      }
      if (!seen.add(name)) {
        throw refusal("header.twice", name);
      }
    }
    return new Header(delimiter, columns, encoding);
  }

  private static InvalidAudienceException refusal(String key, Object... values) {
    return new InvalidAudienceException(text(key, values));
  }

  /** Comma, semicolon (spreadsheets in many locales) or tab: whichever the header has most of. */
  private static char delimiterOf(String line) {
    char best = ',';
    long most = line.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = line.chars().filter(c -> c == candidate).count();
      if (count > most) {
        best = candidate;
        most = count;
      }
    }
    return best;
  }

  /**
   * Reads the rows after the header, line by line: a row that cannot be used is refused with its
   * line and reason, and reading goes on with the next line (see {@link CsvRecords}).
   *
   * @param in the whole file, header included
   * @param region ISO region for numbers written without a country code (tenant profile)
   */
  public static Result read(
      InputStream in,
      Header header,
      String phoneColumn,
      List<String> variableColumns,
      String region,
      Sink sink)
      throws IOException {
    header.check(phoneColumn, variableColumns);
    int columns = header.columns().size();
    int phoneIndex = header.columns().indexOf(phoneColumn);
    int[] variableIndexes =
        variableColumns.stream().mapToInt(c -> header.columns().indexOf(c)).toArray();
    CsvLines lines = new CsvLines(in, header.encoding().charset(), MAX_LINE_CHARS);
    // the header is the first line
    lines.next();
    CsvRecords records =
        new CsvRecords(
            lines, header.delimiter(), columns, Contact.MAX_VALUE, header.encoding().label());
    PhoneSet phones = new PhoneSet();
    long rows = 0;
    long contacts = 0;
    long duplicates = 0;
    long refused = 0;
    long unreadable = 0;
    long unreadableFrom = 0;
    for (CsvRecords.Record record = next(records, lines);
        record != null;
        record = next(records, lines)) {
      rows++;
      long line = record.line();
      if (record.refusal() != null) {
        refused++;
        sink.refused(line, record.refusal(), record.text());
        if (!record.unreadable()) {
          unreadable = 0;
        } else if (unreadable++ == 0) {
          unreadableFrom = line;
        }
        if (unreadable == MAX_UNREADABLE_IN_A_ROW) {
          Stop stop = stop(records, header.encoding(), unreadableFrom, line);
          return new Result(rows, contacts, duplicates, refused, stop);
        }
        continue;
      }
      unreadable = 0;
      List<String> fields = record.fields();
      if (fields.size() != columns) {
        refused++;
        sink.refused(line, text("row.columns", columns, fields.size()), record.text());
        continue;
      }
      PhoneNumber phone;
      try {
        phone = PhoneNumber.parse(fields.get(phoneIndex), region);
      } catch (InvalidContentException e) {
        refused++;
        sink.refused(line, e.texts().get(0), record.text());
        continue;
      }
      LocalizedText unfit = null;
      Map<String, String> variables = new LinkedHashMap<>();
      for (int i = 0; i < variableIndexes.length && unfit == null; i++) {
        String value = fields.get(variableIndexes[i]);
        unfit = unfitValue(variableColumns.get(i), value);
        variables.put(variableColumns.get(i), value);
      }
      if (unfit != null) {
        refused++;
        sink.refused(line, unfit, record.text());
        continue;
      }
      contacts++;
      if (!phones.add(phone)) {
        duplicates++;
      }
      sink.contact(line, phone, variables);
    }
    return new Result(rows, contacts, duplicates, refused);
  }

  /**
   * Stops reading after {@link #MAX_UNREADABLE_IN_A_ROW} lines that are not text in the encoding:
   * counts the lines left. Null when there are none, as the whole file was read then.
   */
  private static Stop stop(CsvRecords records, CsvEncoding encoding, long from, long last)
      throws IOException {
    CsvRecords.Rest rest = records.rest();
    if (rest.lines() == 0) {
      return null;
    }
    return new Stop(
        rest.firstLine(),
        rest.lines(),
        text("stop.encoding", from, MAX_UNREADABLE_IN_A_ROW, encoding.label(), last, rest.lines()));
  }

  /**
   * The next record; an I/O error names the last line read, for the import's failure (nothing of
   * the file goes in then: the import is all or nothing, and the file may be incomplete).
   */
  private static CsvRecords.Record next(CsvRecords records, CsvLines lines) throws IOException {
    try {
      return records.next();
    } catch (IOException e) {
      throw new IOException(
          "The file could not be read after line " + lines.lastNumber() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Why a variable's value cannot be stored, or null: longer than a message can carry, or holding
   * U+FFFD, which stands for text already lost to a wrong encoding before the file was saved.
   */
  private static LocalizedText unfitValue(String column, String value) {
    if (value.length() > Contact.MAX_VALUE) {
      return text("row.valueTooLong", column, value.length(), Contact.MAX_VALUE);
    }
    if (value.indexOf('\uFFFD') >= 0) {
      return text("row.replacementCharacter", column);
    }
    return null;
  }

  /** A sentence of the CSV reader's bundle ({@code CsvMessages}), in the viewer's language. */
  static LocalizedText text(String key, Object... values) {
    return LocalizedText.of(ContactCsv.class, BUNDLE, key, values);
  }

  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(true)
        .setTrim(true)
        // records are parsed one by one (CsvRecords), which skips blank lines itself
        .setIgnoreEmptyLines(false)
        .get();
  }
}
