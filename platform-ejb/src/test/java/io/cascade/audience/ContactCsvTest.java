package io.cascade.audience;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.audience.InvalidAudienceException;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.shared.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactCsvTest {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  @TempDir Path dir;

  /** What the reader handed on, in order. */
  private final List<String> contacts = new ArrayList<>();

  private final List<String> refused = new ArrayList<>();

  private final ContactCsv.Sink sink =
      new ContactCsv.Sink() {
        @Override
        public void contact(long line, PhoneNumber phone, Map<String, String> variables) {
          contacts.add(line + " " + phone.e164() + " " + variables);
        }

        @Override
        public void refused(long line, LocalizedText reason, String row) {
          refused.add(line + ": " + reason + " [" + row + "]");
        }
      };

  @Test
  void refusesBadRowsWithTheirLineNumberAndReasonAndKeepsTheGoodOnes() throws IOException {
    String csv =
        """
        phone,name,city
        +380961111111,Ann,Kyiv
        not a phone,Bob,Lviv
        +380962222222,Carl
        "+380963333333","Dana, Jr.",Odesa

        +380964444444,Eve,"Kharkiv
        north"
        12,Fay,Dnipro
        """;

    ContactCsv.Result result = read(csv, "phone", List.of("name", "city"), "UA");

    assertThat(refused)
        .hasSize(3)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("3: Not a phone number: not a phone"),
            r -> assertThat(r).startsWith("4: Expected 3 columns, found 2."),
            r -> assertThat(r).startsWith("9: Phone number is not possible"));
    assertThat(contacts)
        .containsExactly(
            "2 +380961111111 {name=Ann, city=Kyiv}",
            "5 +380963333333 {name=Dana, Jr., city=Odesa}",
            "7 +380964444444 {name=Eve, city=Kharkiv\nnorth}");
    assertThat(result).isEqualTo(new ContactCsv.Result(6, 3, 0, 3));
  }

  @Test
  void aStrayQuoteCostsOnlyItsRowAndReadingGoesOn() throws IOException {
    String csv = "phone,name\n+380961111111,Ann\n+380962222222,\"Bob\"x\n+380963333333,Carl\n";

    ContactCsv.Result result = read(csv, "phone", List.of("name"), "UA");

    assertThat(contacts)
        .containsExactly("2 +380961111111 {name=Ann}", "4 +380963333333 {name=Carl}");
    assertThat(refused)
        .singleElement()
        .asString()
        .startsWith("3: Broken CSV")
        .endsWith("[+380962222222,\"Bob\"x]");
    assertThat(result.refused()).isEqualTo(1);
    assertThat(result.stop()).as("the whole file was read").isNull();
  }

  @Test
  void aStrayQuoteOnLineThreeOfAThousandLeavesTheOtherRowsImported() throws IOException {
    StringBuilder csv = new StringBuilder("phone,name\n");
    for (int line = 2; line <= 1000; line++) {
      csv.append(
              line == 3 ? "+380501234567,\"Smith\"Jr" : "+38050" + (1000000 + line) + ",N" + line)
          .append('\n');
    }

    ContactCsv.Result result = read(csv.toString(), "phone", List.of("name"), "UA");

    assertThat(result).isEqualTo(new ContactCsv.Result(999, 998, 0, 1));
    assertThat(refused).singleElement().asString().startsWith("3: Broken CSV: text follows");
    assertThat(contacts).hasSize(998).last().isEqualTo("1000 +380501001000 {name=N1000}");
  }

  @Test
  void anUnclosedQuoteIsABrokenRowAtItsFirstLineAndReadingResumesOnTheNextLine()
      throws IOException {
    StringBuilder csv = new StringBuilder("phone,name\n+380961111111,\"Ann\n");
    for (int line = 3; line <= 40; line++) {
      csv.append("+38050" + (1000000 + line) + ",N" + line).append('\n');
    }

    ContactCsv.Result result = read(csv.toString(), "phone", List.of("name"), "UA");

    assertThat(refused)
        .singleElement()
        .asString()
        .startsWith("2: Broken CSV: the quote opened on this line is not closed within 20 lines");
    assertThat(contacts).hasSize(38).first().isEqualTo("3 +380501000003 {name=N3}");
    assertThat(result).isEqualTo(new ContactCsv.Result(39, 38, 0, 1));
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfTheFileCostsOnlyItsLine() throws IOException {
    String csv = "phone,name\n+380961111111,Ann\n+380962222222,\"Bob\n+380963333333,Carl\n";

    read(csv, "phone", List.of("name"), "UA");

    assertThat(contacts)
        .containsExactly("2 +380961111111 {name=Ann}", "4 +380963333333 {name=Carl}");
    assertThat(refused).singleElement().asString().startsWith("3: Broken CSV: the quote opened");
  }

  @Test
  void aSuppressionFileWithABrokenSecondLineReadsAllItsOtherNumbers() throws IOException {
    // a file of bare numbers: its "header" is the first number (SuppressionService reads it so)
    StringBuilder csv = new StringBuilder("+380500000001\n\"+380500000002\"x\n");
    for (int i = 3; i <= 20_008; i++) {
      csv.append("+38050").append(1_000_000 + i).append('\n');
    }

    ContactCsv.Result result = read(csv.toString(), "+380500000001", List.of(), "UA");

    assertThat(result.contacts()).isEqualTo(20_006);
    assertThat(refused).singleElement().asString().startsWith("2: Broken CSV");
  }

  @Test
  void windows1251FileImportsItsCyrillicValues() throws IOException {
    // Excel's "CSV" on Ukrainian Windows
    Path file = dir.resolve("excel.csv");
    Files.write(
        file,
        "Телефон;name;city\n+380961111111;Олена;Київ\n0962222222;Петро;Львів\n"
            .getBytes(WINDOWS_1251));

    ContactCsv.Header header = ContactCsv.readHeader(file);
    readFile(file, header, "Телефон", List.of("name", "city"));

    assertThat(header.encoding()).isEqualTo(CsvEncoding.WINDOWS_1251);
    assertThat(header.columns()).containsExactly("Телефон", "name", "city");
    assertThat(contacts)
        .containsExactly(
            "2 +380961111111 {name=Олена, city=Київ}", "3 +380962222222 {name=Петро, city=Львів}");
    assertThat(refused).isEmpty();
  }

  @Test
  void detectsUtf8WithOrWithoutBomUtf16ByItsBomAndOtherwiseWindows1251() throws IOException {
    String text = "phone,name\n+380961111111,Олена\n";
    assertThat(encodingOf(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(CsvEncoding.UTF_8);
    assertThat(encodingOf(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, UTF_8)))
        .isEqualTo(CsvEncoding.UTF_8);
    assertThat(encodingOf(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, UTF_16LE)))
        .isEqualTo(CsvEncoding.UTF_16);
    assertThat(encodingOf(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, UTF_16BE)))
        .isEqualTo(CsvEncoding.UTF_16);
    assertThat(encodingOf(text.getBytes(WINDOWS_1251))).isEqualTo(CsvEncoding.WINDOWS_1251);
    assertThat(encodingOf("phone\n+380961111111\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(CsvEncoding.UTF_8);

    // a UTF-16 file (Excel's "Unicode text") reads like any other
    Path file = dir.resolve("unicode.csv");
    Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, UTF_16LE));
    ContactCsv.Header header = ContactCsv.readHeader(file);
    readFile(file, header, "phone", List.of("name"));
    assertThat(header.columns()).containsExactly("phone", "name");
    assertThat(contacts).containsExactly("2 +380961111111 {name=Олена}");
  }

  @Test
  void theEncodingChosenAtUploadIsTheOneRead() throws IOException {
    Path file = dir.resolve("excel.csv");
    Files.write(file, "phone,Місто\n+380961111111,Київ\n".getBytes(WINDOWS_1251));

    assertThat(ContactCsv.readHeader(file, CsvEncoding.WINDOWS_1251).columns())
        .containsExactly("phone", "Місто");
    assertThatThrownBy(() -> ContactCsv.readHeader(file, CsvEncoding.UTF_8))
        .isInstanceOf(InvalidAudienceException.class)
        .hasMessage(
            "The first line is not UTF-8 text. Choose the file's encoding (such as Windows-1251),"
                + " or save the file as CSV UTF-8 and upload it again.");
  }

  @Test
  void aLaterByteThatIsNotUtf8RefusesItsRowAndSaysWhichEncodingToSaveIn() throws IOException {
    // the first 64 KB are plain ASCII: the file is taken for UTF-8
    StringBuilder start = new StringBuilder("phone,city\n");
    int line = 1;
    while (start.length() < 70_000) {
      line++;
      start.append("+38050").append(1_000_000 + line).append(",Kyiv\n");
    }
    Path file = dir.resolve("mixed.csv");
    Files.write(
        file,
        concat(
            concat(start.toString().getBytes(UTF_8), "+380961111111,Київ\n", WINDOWS_1251),
            "+380962222222,Lviv\n",
            UTF_8));

    ContactCsv.Header header = ContactCsv.readHeader(file);
    ContactCsv.Result result = readFile(file, header, "phone", List.of("city"));

    assertThat(header.encoding()).isEqualTo(CsvEncoding.UTF_8);
    assertThat(refused)
        .singleElement()
        .asString()
        .startsWith((line + 1) + ": This line has bytes that are not UTF-8 text")
        .contains("Save the file as UTF-8");
    assertThat(contacts).last().isEqualTo((line + 2) + " +380962222222 {city=Lviv}");
    assertThat(contacts).noneMatch(c -> c.contains("\uFFFD"));
    assertThat(result.contacts()).isEqualTo(line);
  }

  @Test
  void aFileWhoseEncodingFailsForGoodStopsThereAndCountsTheLinesNotRead() throws IOException {
    // UTF-8 for the first 64 KB, then another encoding: every line refused, 100 in a row
    StringBuilder start = new StringBuilder("phone,city\n");
    int line = 1;
    while (start.length() < 70_000) {
      line++;
      start.append("+38050").append(1_000_000 + line).append(",Kyiv\n");
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(start.toString().getBytes(UTF_8));
    for (int i = 0; i < 150; i++) {
      file.writeBytes("+380961111111,Київ\n".getBytes(WINDOWS_1251));
    }
    for (int i = 0; i < 50; i++) {
      file.writeBytes("+380962222222,Lviv\n".getBytes(UTF_8));
    }
    Path path = dir.resolve("mixed.csv");
    Files.write(path, file.toByteArray());

    ContactCsv.Result result =
        readFile(path, ContactCsv.readHeader(path), "phone", List.of("city"));

    long firstBad = line + 1;
    assertThat(result.contacts()).isEqualTo(line - 1);
    assertThat(result.refused()).isEqualTo(100);
    assertThat(result.stop()).isNotNull();
    assertThat(result.stop().line()).isEqualTo(firstBad + 100);
    assertThat(result.stop().linesNotRead()).isEqualTo(100);
    assertThat(result.stop().reason())
        .hasToString(
            "From line "
                + firstBad
                + " on, 100 lines in a row are not UTF-8 text, so reading stopped after line "
                + (firstBad + 99)
                + ": the 100 lines after it were not read. Save the file as UTF-8 (in Excel: CSV"
                + " UTF-8) and upload it again, or choose the file's encoding when you upload it.");
  }

  @Test
  void aFileThatCannotBeReadFurtherFailsNamingTheLastLineRead() throws IOException {
    byte[] start = "phone\n+380961111111\n+380962222222\n+3809".getBytes(UTF_8);
    InputStream broken =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(start),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("Input/output error");
              }
            });
    ContactCsv.Header header = ContactCsv.header("phone");

    assertThatThrownBy(() -> ContactCsv.read(broken, header, "phone", List.of(), "UA", sink))
        .isInstanceOf(IOException.class)
        .hasMessage("The file could not be read after line 3: Input/output error");
  }

  @Test
  void aValueLongerThanAViberMessageRefusesItsRowAndTheOtherRowsImport() throws IOException {
    String csv =
        "phone,name\n+380961111111,"
            + "x".repeat(1001)
            + "\n+380962222222,"
            + "y".repeat(1000)
            + "\n";

    ContactCsv.Result result = read(csv, "phone", List.of("name"), "UA");

    assertThat(refused)
        .singleElement()
        .asString()
        .startsWith(
            "2: The value of 'name' has 1001 characters; a value may have at most 1000, the length"
                + " of a Viber message");
    assertThat(contacts).singleElement().asString().startsWith("3 +380962222222 {name=yyy");
    assertThat(result).isEqualTo(new ContactCsv.Result(2, 1, 0, 1));
  }

  @Test
  void aValueHoldingAReplacementCharacterIsRefusedNotStored() throws IOException {
    // text already damaged before it reached the file: U+FFFD stands where letters were lost
    read(
        "phone,city\n+380961111111,\uFFFD\uFFFD\uFFFD\n+380962222222,Kyiv\n",
        "phone",
        List.of("city"),
        "UA");

    assertThat(refused).singleElement().asString().startsWith("2: The value of 'city' contains");
    assertThat(contacts).containsExactly("3 +380962222222 {city=Kyiv}");
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedWithItsNumberAndTheNextLinesImport() throws IOException {
    // a 10 MB cell
    String csv = "phone,name\n+380961111111," + "x".repeat(10_000_000) + "\n+380962222222,Bob\n";

    read(csv, "phone", List.of("name"), "UA");

    assertThat(refused)
        .singleElement()
        .asString()
        .startsWith(
            "2: This line has more than "
                + ContactCsv.MAX_LINE_CHARS
                + " characters; a row may have at most "
                + ContactCsv.MAX_LINE_CHARS);
    assertThat(contacts).containsExactly("3 +380962222222 {name=Bob}");
  }

  @Test
  void aHeaderBeyondTheLimitsIsRefusedWithWhatToFix() throws IOException {
    String manyColumns =
        java.util.stream.IntStream.rangeClosed(1, ContactCsv.MAX_COLUMNS + 1)
            .mapToObj(i -> "c" + i)
            .collect(java.util.stream.Collectors.joining(","));
    assertThatThrownBy(() -> header(manyColumns + "\n"))
        .isInstanceOf(InvalidAudienceException.class)
        .hasMessage(
            "The first line names 101 columns; a file may have at most 100. Remove the columns you"
                + " do not need and upload the file again.");
    assertThatThrownBy(() -> header("phone," + "n".repeat(201) + "\n"))
        .hasMessage(
            "The name of column 2 of the first line has 201 characters; a column name may have at"
                + " most 200.");
    // a 10 MB header never becomes a column name
    assertThatThrownBy(() -> header("phone," + "n".repeat(10_000_000) + "\n"))
        .hasMessage(
            "The first line has more than "
                + ContactCsv.MAX_LINE_CHARS
                + " characters: it should name the columns, such as phone,name.");
  }

  @Test
  void proposesAsVariablesTheColumnsATemplateCanUse() throws IOException {
    ContactCsv.Header header = header("phone,first_name,Last Name,місто,segment-2,city\n");

    assertThat(header.suggestedVariableColumns()).containsExactly("first_name", "city");
  }

  @Test
  void normalisesPhonesToE164InTheTenantsRegion() throws IOException {
    read("phone\n096 111 1111\n+44 20 7946 0958\n380962222222\n", "phone", List.of(), "UA");
    assertThat(contacts)
        .containsExactly("2 +380961111111 {}", "3 +442079460958 {}", "4 +380962222222 {}");

    contacts.clear();
    read("phone\n(201) 555-0123\n+380961111111\n", "phone", List.of(), "US");
    assertThat(contacts).containsExactly("2 +12015550123 {}", "3 +380961111111 {}");
    assertThat(refused).isEmpty();
  }

  @Test
  void countsTheSamePhoneWrittenTwiceAsOneDuplicateAndHandsOnBothInOrder() throws IOException {
    String csv =
        "phone;name\n+380961111111;first\n0961111111;second\n+380962222222;other\n"
            + "096-111-11-11;third\n";

    ContactCsv.Result result = read(csv, "phone", List.of("name"), "UA");

    assertThat(result.contacts()).isEqualTo(4);
    assertThat(result.duplicates()).isEqualTo(2);
    assertThat(result.distinctContacts()).isEqualTo(2);
    // the rows reach the sink in file order with their line: the merge keeps the last (line 5)
    assertThat(contacts)
        .containsExactly(
            "2 +380961111111 {name=first}",
            "3 +380961111111 {name=second}",
            "4 +380962222222 {name=other}",
            "5 +380961111111 {name=third}");
  }

  @Test
  void readsTheHeaderWithItsDelimiterAndSuggestsThePhoneColumn() throws IOException {
    ContactCsv.Header header = header("\uFEFFName;Телефон;City\n");

    assertThat(header.delimiter()).isEqualTo(';');
    assertThat(header.columns()).containsExactly("Name", "Телефон", "City");
    assertThat(header.suggestedPhoneColumn()).isEqualTo("Телефон");
  }

  @Test
  void findsThePhoneColumnByItsValuesWhenNoColumnNameSaysSo() throws IOException {
    Path file = dir.resolve("unnamed.csv");
    Files.writeString(
        file,
        "client;number;note\nAnn;\"+38 (096) 111-11-11\";vip\nBob;0962222222;\"a; b\"\n\n"
            + "Carl;not given;x\n",
        UTF_8);
    ContactCsv.Header header = ContactCsv.readHeader(file);

    assertThat(header.phoneColumnByName()).isEmpty();
    List<List<String>> rows = ContactCsv.firstRows(file, header, 10);

    assertThat(rows)
        .containsExactly(
            List.of("Ann", "+38 (096) 111-11-11", "vip"),
            List.of("Bob", "0962222222", "a; b"),
            List.of("Carl", "not given", "x"));
    assertThat(ContactCsv.phoneColumnByValues(header, rows)).contains("number");
  }

  @Test
  void proposesNoPhoneColumnWhenNeitherNamesNorValuesLookLikePhones() throws IOException {
    Path file = dir.resolve("names.csv");
    Files.writeString(file, "first,last\nAnn,Lee\nBob,Ray\n", UTF_8);
    ContactCsv.Header header = ContactCsv.readHeader(file);

    assertThat(header.phoneColumnByName()).isEmpty();
    assertThat(ContactCsv.phoneColumnByValues(header, ContactCsv.firstRows(file, header, 10)))
        .isEmpty();
  }

  @Test
  void refusesFilesThatAreNotCsvOrHaveNoUsableHeader() throws IOException {
    Path binary = dir.resolve("picture.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> ContactCsv.readHeader(binary))
        .isInstanceOf(InvalidAudienceException.class)
        .hasMessageContaining("not a CSV text file");
    assertThatThrownBy(() -> header(""))
        .isInstanceOf(InvalidAudienceException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> header("phone,,name\n"))
        .hasMessageContaining("Column 2 of the first line has no name");
    assertThatThrownBy(() -> header("phone,name,phone\n"))
        .hasMessageContaining("names the column 'phone' twice");
    assertThatThrownBy(() -> header("phone,name\n").check("mobile", List.of("name")))
        .isInstanceOf(InvalidAudienceException.class)
        .hasMessageContaining("no column 'mobile'")
        .hasMessageContaining("phone, name");
  }

  private ContactCsv.Result readFile(
      Path file, ContactCsv.Header header, String phoneColumn, List<String> variables)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ContactCsv.read(in, header, phoneColumn, variables, "UA", sink);
    }
  }

  private CsvEncoding encodingOf(byte[] bytes) throws IOException {
    Path file = dir.resolve("detect.csv");
    Files.write(file, bytes);
    return ContactCsv.readHeader(file).encoding();
  }

  private static byte[] concat(byte[] start, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(start);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private ContactCsv.Header header(String text) throws IOException {
    Path file = dir.resolve("header.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return ContactCsv.readHeader(file);
  }

  private ContactCsv.Result read(
      String csv, String phoneColumn, List<String> variables, String region) throws IOException {
    ContactCsv.Header header = ContactCsv.header(csv.lines().findFirst().orElse(null));
    return ContactCsv.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        header,
        phoneColumn,
        variables,
        region,
        sink);
  }
}
