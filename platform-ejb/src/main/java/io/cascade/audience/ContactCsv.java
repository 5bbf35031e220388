package io.cascade.audience;

import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.InvalidAudienceException;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.shared.LocalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Bytes looked at to tell a text file from a binary one. */
  static final int SNIFF_BYTES = 8192;

  /**
   * The longest line read whole, in characters: enough for the most columns each with a value of
   * the longest length, quoted. A longer line is refused (only its start is kept), and memory stays
   * bounded whatever the file holds.
   */
  public static final int MAX_LINE_CHARS = 100 * (Contact.MAX_VALUE + 3);

  private static final String BUNDLE = "io.cascade.audience.CsvMessages";

  /** Header names that suggest the phone column, lower case. */
  private static final List<String> PHONE_NAMES =
      List.of("phone", "msisdn", "mobile", "phone_number", "телефон", "номер");

  private ContactCsv() {}

  /** The first line of a file: its delimiter and column names. */
  public record Header(char delimiter, List<String> columns) {

    public Header {
      columns = List.copyOf(columns);
    }

    /** The column most likely to hold phones, for the form's default choice. */
    public String suggestedPhoneColumn() {
      return columns.stream()
          .filter(c -> PHONE_NAMES.contains(c.toLowerCase(Locale.ROOT)))
          .findFirst()
          .or(
              () ->
                  columns.stream()
                      .filter(c -> c.toLowerCase(Locale.ROOT).contains("phone"))
                      .findFirst())
          .orElse(columns.get(0));
    }

    /** Refuses a phone or variable column the file does not have. */
    public void check(String phoneColumn, List<String> variableColumns) {
      List<String> wanted = new ArrayList<>(variableColumns);
      wanted.add(0, phoneColumn);
      for (String column : wanted) {
        if (column == null || !columns.contains(column)) {
          throw new InvalidAudienceException(
              "The file has no column '"
                  + column
                  + "'. Its columns are: "
                  + String.join(", ", columns)
                  + ".");
        }
      }
    }
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
   */
  public record Result(long rows, long contacts, long duplicates, long refused) {

    /** Distinct phones of the file: the contacts it adds to or updates in the list. */
    public long distinctContacts() {
      return contacts - duplicates;
    }
  }

  /** Reads the header of a file on disk, refusing files that are empty, binary or nameless. */
  public static Header readHeader(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(SNIFF_BYTES);
      for (byte b : start) {
        if (b == 0) {
          throw new InvalidAudienceException(
              "This file is not a CSV text file. Save the list as CSV (UTF-8) and upload that.");
        }
      }
    }
    try (BufferedReader reader = new BufferedReader(utf8(Files.newInputStream(file)))) {
      return header(reader.readLine());
    }
  }

  static Header header(String firstLine) throws IOException {
    if (firstLine == null || firstLine.isBlank()) {
      throw new InvalidAudienceException(
          "The file is empty: its first line must name the columns, such as phone,name.");
    }
    char delimiter = delimiterOf(firstLine);
    List<String> columns = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(firstLine), format(delimiter))) {
      for (CSVRecord record : parser) {
        record.forEach(name -> columns.add(name.strip()));
        break;
      }
    } catch (UncheckedIOException e) {
      throw new InvalidAudienceException("The first line is not valid CSV: " + e.getMessage());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      if (name.isEmpty()) {
        throw new InvalidAudienceException(
            "Column " + (i + 1) + " of the first line has no name: every column needs one.");
      }
      if (!seen.add(name)) {
        throw new InvalidAudienceException("The first line names the column '" + name + "' twice.");
      }
    }
    return new Header(delimiter, columns);
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
    CsvLines lines = new CsvLines(in, StandardCharsets.UTF_8, MAX_LINE_CHARS);
    // the header is the first line
    lines.next();
    CsvRecords records =
        new CsvRecords(lines, header.delimiter(), columns, Contact.MAX_VALUE, "UTF-8");
    PhoneSet phones = new PhoneSet();
    long rows = 0;
    long contacts = 0;
    long duplicates = 0;
    long refused = 0;
    for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
      rows++;
      long line = record.line();
      if (record.refusal() != null) {
        refused++;
        sink.refused(line, record.refusal(), record.text());
        continue;
      }
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
      Map<String, String> variables = new LinkedHashMap<>();
      for (int i = 0; i < variableIndexes.length; i++) {
        variables.put(variableColumns.get(i), fields.get(variableIndexes[i]));
      }
      contacts++;
      if (!phones.add(phone)) {
        duplicates++;
      }
      sink.contact(line, phone, variables);
    }
    return new Result(rows, contacts, duplicates, refused);
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

  /** UTF-8 without its byte order mark, which spreadsheets like to write. */
  private static Reader utf8(InputStream in) throws IOException {
    PushbackReader reader =
        new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return new BufferedReader(reader, 1 << 16);
  }
}
