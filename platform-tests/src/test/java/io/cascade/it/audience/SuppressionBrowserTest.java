package io.cascade.it.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.ShellPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suppression list: by hand and by CSV; the other tenant does not see it. */
class SuppressionBrowserTest {

  @TempDir Path dir;

  @Test
  void managerSuppressesANumberInHisRegionAndGlobexDoesNotSeeIt() {
    String national = "096 " + randomSevenDigits();
    String e164 = "+38096" + national.substring(4);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      SuppressionPage page = SuppressionPage.open(browser);
      long before = page.count();
      page.add(national, "asked by phone");

      page.search(national);
      page.awaitNumbersContaining(e164);
      assertThat(page.count()).isEqualTo(before + 1);
      assertThat(page.messages()).contains("on the suppression list");
      browser.screenshot("suppression-added");
    }

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");
      SuppressionPage page = SuppressionPage.open(browser);
      page.search(e164);
      browser.until(d -> page.numbers().contains("No suppressed numbers"));
      assertThat(page.numbers()).doesNotContain(e164);
    }
  }

  @Test
  void aCsvWithABadRowSuppressesTheGoodRowsAndShowsTheBadRowsLineAndReason() throws IOException {
    String first = "+38097" + randomSevenDigits();
    String national = "097 " + randomSevenDigits();
    String second = "+38097" + national.substring(4);
    Path csv = dir.resolve("opt-outs.csv");
    Files.writeString(
        csv, "phone,source\n" + first + ",sms STOP\nnot a phone,web\n" + national + ",call\n");

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      SuppressionPage page = SuppressionPage.open(browser);
      long before = page.count();

      page.importCsv(csv);

      browser.screenshot("suppression-imported-with-refused-row");
      assertThat(page.messages()).contains("2 added").contains("1 refused");
      assertThat(page.refusedRows())
          .singleElement()
          .satisfies(
              row -> assertThat(row).startsWith("3 ").contains("Not a phone number: not a phone"));
      assertThat(page.count()).isEqualTo(before + 2);
      page.search(first);
      page.awaitNumbersContaining(first);
      page.search(national);
      page.awaitNumbersContaining(second);
    }
  }

  @Test
  void aFileWhoseEncodingBreaksAddsTheNumbersBeforeAndSaysWhichLinesWereNotRead()
      throws IOException {
    // a range no other test uses: these numbers stay suppressed for acme
    String prefix = "+38063" + randomSevenDigits().substring(0, 2);
    EncodingBreakCsv csv = EncodingBreakCsv.write(dir.resolve("opt-outs-mixed.csv"), prefix);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      SuppressionPage page = SuppressionPage.open(browser);

      page.importCsv(csv.file());

      browser.screenshot("suppression-import-stopped");
      assertThat(page.messages())
          .contains(
              NumberFormat.getIntegerInstance(Locale.ENGLISH).format(csv.goodRows()) + " added")
          .contains("100 refused")
          .contains(
              "From line "
                  + csv.firstBadLine()
                  + " on, 100 lines in a row are not UTF-8 text, so reading stopped after line "
                  + (csv.firstLineNotRead() - 1));
      String last = EncodingBreakCsv.phone(prefix, csv.goodRows());
      page.search(last);
      page.awaitNumbersContaining(last);
    }
  }

  @Test
  void everyRefusedRowDownloadsAsCsvAndTheNumbersKeepTheirReason() throws IOException {
    String tag = randomSevenDigits();
    StringBuilder csv = new StringBuilder("phone,reason\n");
    for (int i = 0; i < 30; i++) {
      csv.append("bad-").append(i).append(",x\n");
    }
    String good = "+38093" + randomSevenDigits();
    csv.append(good).append(",complaint ").append(tag).append('\n');
    Path file = dir.resolve("many-bad.csv");
    Files.writeString(file, csv);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      SuppressionPage page = SuppressionPage.open(browser);
      page.importCsv(file);

      assertThat(page.messages()).contains("1 added").contains("30 refused");
      String refused = page.downloadRefusedRows();
      assertThat(refused.lines()).hasSize(31).first().isEqualTo("line,reason,row");
      assertThat(refused.lines().skip(1))
          .allSatisfy(
              line -> assertThat(line).containsIgnoringCase("phone number").endsWith(",x\""));
      assertThat(refused.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(2, 31).mapToObj(String::valueOf).toList());

      page.search("complaint " + tag);
      assertThat(page.awaitNumbersContaining(good)).contains("complaint " + tag);
    }
  }

  private static String randomSevenDigits() {
    return String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }
}
