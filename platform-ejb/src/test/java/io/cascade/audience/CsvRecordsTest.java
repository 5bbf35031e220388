package io.cascade.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void aLineWithoutQuotesIsSplitAsCommonsCsvParsesIt() throws IOException {
    // spaces of several kinds, control characters and letters around the delimiters
    char[] alphabet = {'a', 'я', ' ', ' ', '\t', ',', ';', '\u00A0', '\u2003', '\u0001', '\u001F'};
    Random random = new Random(7);
    for (char delimiter : new char[] {',', ';', '\t'}) {
      CsvRecords records = records("", delimiter);
      for (int i = 0; i < 20_000; i++) {
        StringBuilder line = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int c = 0; c < length; c++) {
          line.append(alphabet[random.nextInt(alphabet.length)]);
        }
        List<String> parsed = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(line.toString(), ContactCsv.format(delimiter))) {
          for (CSVRecord record : parser) {
            parsed.addAll(record.toList());
          }
        }
        assertThat(records.split(line.toString()))
            .as("[%s] split at [%s]", line, delimiter)
            .isEqualTo(parsed);
      }
    }
  }

  @Test
  void linesEndAtLfCrLfOrCrAndKeepTheirNumbers() throws IOException {
    CsvLines lines = lines("\uFEFFone\r\ntwo\rthree\n\nfour");

    assertThat(lines.next()).isEqualTo(line(1, "one"));
    assertThat(lines.next()).isEqualTo(line(2, "two"));
    assertThat(lines.next()).isEqualTo(line(3, "three"));
    assertThat(lines.next()).isEqualTo(line(4, ""));
    assertThat(lines.next()).isEqualTo(line(5, "four"));
    assertThat(lines.next()).isNull();
  }

  @Test
  void aLineLongerThanTheLimitKeepsItsStartAndTheNextLineIsReadWhole() throws IOException {
    CsvLines lines =
        new CsvLines(
            new ByteArrayInputStream(
                ("x".repeat(200_000) + "\nnext\n").getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8,
            10);

    assertThat(lines.next())
        .isEqualTo(new CsvLines.Line(1, "xxxxxxxxxx", CsvLines.Problem.TOO_LONG));
    assertThat(lines.next()).isEqualTo(line(2, "next"));
  }

  @Test
  void bytesThatAreNotTextMarkTheirLineAndOnlyIt() throws IOException {
    byte[] cyrillic = "Київ".getBytes(java.nio.charset.Charset.forName("windows-1251"));
    byte[] file =
        concat(
            "a\nb,".getBytes(StandardCharsets.UTF_8),
            cyrillic,
            "\nc\n".getBytes(StandardCharsets.UTF_8));
    CsvLines lines =
        new CsvLines(new ByteArrayInputStream(file), StandardCharsets.UTF_8, Integer.MAX_VALUE);

    assertThat(lines.next()).isEqualTo(line(1, "a"));
    CsvLines.Line broken = lines.next();
    assertThat(broken.number()).isEqualTo(2);
    assertThat(broken.problem()).isEqualTo(CsvLines.Problem.UNDECODABLE);
    assertThat(broken.text()).startsWith("b,\uFFFD");
    assertThat(lines.next()).isEqualTo(line(3, "c"));
    assertThat(lines.next()).isNull();
  }

  private static CsvLines.Line line(long number, String text) {
    return new CsvLines.Line(number, text, CsvLines.Problem.NONE);
  }

  private static CsvLines lines(String text) {
    return new CsvLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        Integer.MAX_VALUE);
  }

  private static CsvRecords records(String text, char delimiter) {
    return new CsvRecords(lines(text), delimiter, 3, 1000, "UTF-8");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
