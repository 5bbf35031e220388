package io.cascade.it.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.ShellPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A campaign manager builds a contact list from a CSV file in headless Chromium. */
class AudienceImportBrowserTest {

  @TempDir Path dir;

  @Test
  void managerImportsACsvWithBadRowsAndSeesCountsErrorsAndContacts() throws IOException {
    String name = "Spring customers " + UUID.randomUUID().toString().substring(0, 6);
    Path csv = dir.resolve("customers.csv");
    Files.writeString(
        csv,
        """
        phone,name,city
        +380961111111,Ann,Kyiv
        096 222 2222,Bob,Lviv
        not a phone,Carl,Odesa
        +380963333333,Dana
        0961111111,Anna,Kyiv
        +380964444444,Eve,Kharkiv
        """);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      AudiencePage list = AudiencesPage.open(browser).create(name);
      assertThat(list.name()).isEqualTo(name);

      list.upload(csv);
      assertThat(list.phoneColumn()).isEqualTo("phone");
      list.startImport();

      assertThat(list.awaitImportFinished()).isEqualTo("Completed");
      browser.screenshot("audience-import-finished");
      assertThat(list.figure("rows")).isEqualTo(6);
      assertThat(list.figure("imported")).isEqualTo(3);
      assertThat(list.figure("duplicates")).isEqualTo(1);
      assertThat(list.figure("errorCount")).isEqualTo(2);
      assertThat(list.errorRows())
          .satisfiesExactly(
              row -> assertThat(row).startsWith("4 ").contains("Not a phone number: not a phone"),
              row -> assertThat(row).startsWith("5 ").contains("Expected 3 columns, found 2."));

      // national numbers in the tenant's region (UA); the later row of a phone wins
      assertThat(list.contacts())
          .containsExactly(
              "+380961111111 city: Kyiv, name: Anna",
              "+380962222222 city: Lviv, name: Bob",
              "+380964444444 city: Kharkiv, name: Eve");
      assertThat(list.contactCount()).isEqualTo(3);
      assertThat(list.search("Kharkiv", 1))
          .containsExactly("+380964444444 city: Kharkiv, name: Eve");

      assertThat(AudiencesPage.open(browser).listsText()).contains(name + " 3");
    }
  }

  @Test
  void aFileWithoutAPhoneColumnNameIsReadByItsValuesAndItsEncodingCanBeChosen() throws IOException {
    Path csv = dir.resolve("clients.csv");
    Files.write(
        csv, "client;contact\nОлена;0961111111\nІван;+380962222222\n".getBytes("windows-1251"));

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      AudiencePage list = AudiencesPage.open(browser).create("Sniffed " + UUID.randomUUID());

      list.upload(csv);

      assertThat(list.phoneColumn()).isEqualTo("contact");
      assertThat(list.encoding()).isEqualTo("Windows-1251");
      assertThat(list.preview()).contains("Олена").contains("0961111111");
      list.chooseEncoding("UTF-8");
      assertThat(list.preview()).doesNotContain("Олена");
      browser.screenshot("audience-upload-preview-wrong-encoding");
      list.chooseEncoding("Windows-1251");
      assertThat(list.preview()).contains("Іван");
      list.startImport();

      assertThat(list.awaitImportFinished()).isEqualTo("Completed");
      assertThat(list.contacts())
          .containsExactly("+380961111111 client: Олена", "+380962222222 client: Іван");
    }
  }

  @Test
  void aUkrainianViewerReadsWhyARowWasRefusedInUkrainianOnScreenAndInTheDownload()
      throws IOException {
    Path csv = dir.resolve("uk.csv");
    Files.writeString(csv, "phone,name,city\n+380961111111,Ann,Kyiv\n+380962222222,Bob\n");

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager").switchLanguage("УКР");
      AudiencePage list = AudiencesPage.open(browser).create("Українською " + UUID.randomUUID());
      list.upload(csv);
      list.startImport();
      assertThat(list.awaitImportFinished()).isEqualTo("Завершено");

      assertThat(list.errorRows())
          .singleElement()
          .satisfies(
              row ->
                  assertThat(row)
                      .startsWith("3 ")
                      .contains("Очікувалося стовпців: 3, знайдено: 2."));
      browser.await(By.id("importForm:downloadErrors")).click();
      assertThat(browser.awaitDownload("import-errors.csv"))
          .contains("3,\"Очікувалося стовпців: 3, знайдено: 2.\",");
    }
  }

  @Test
  void aFileWhoseEncodingFailsForGoodIsPartlyImportedAndSaysWhichLinesWereNotRead()
      throws IOException {
    EncodingBreakCsv csv = EncodingBreakCsv.write(dir.resolve("mixed.csv"), "+38050");
    long firstBad = csv.firstBadLine();

    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-manager");
      AudiencePage list = AudiencesPage.open(browser).create("Mixed " + UUID.randomUUID());
      list.upload(csv.file());
      list.startImport();

      assertThat(list.awaitImportFinished())
          .isEqualTo("Partly imported: the file could not be read to its end");
      browser.screenshot("audience-import-partly");
      assertThat(list.figure("imported")).isEqualTo(csv.goodRows());
      assertThat(list.figure("errorCount")).isEqualTo(100);
      assertThat(list.text("notRead"))
          .isEqualTo("100 lines, from line " + csv.firstLineNotRead() + " to the end");
      assertThat(list.text("failure"))
          .startsWith("From line " + firstBad + " on, 100 lines in a row are not UTF-8 text")
          .contains("Save the file as UTF-8");

      shell.switchLanguage("УКР");
      list = new AudiencePage(browser);
      assertThat(list.text("status"))
          .isEqualTo("Імпортовано частково: файл не вдалося прочитати до кінця");
      assertThat(list.text("notRead"))
          .isEqualTo("100 рядків, від рядка " + csv.firstLineNotRead() + " до кінця");
      assertThat(list.text("failure"))
          .startsWith(
              "Починаючи з рядка " + firstBad + ", 100 рядків поспіль не є текстом у UTF-8");
    }
  }

  @Test
  void aFileThatIsNotCsvIsRefusedWithWhatToDo() throws IOException {
    Path picture = dir.resolve("logo.png");
    Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      AudiencePage list = AudiencesPage.open(browser).create("Not a CSV " + UUID.randomUUID());

      list.upload(picture);

      assertThat(list.uploadMessages()).contains("not a CSV text file").contains("CSV (UTF-8)");
      assertThat(list.offersColumnChoice()).isFalse();
      browser.screenshot("audience-not-csv");
    }
  }

  /**
   * The test platform takes uploads of at most 8 MB (MAX_UPLOAD_BYTES in platform-tests/pom.xml).
   */
  @Test
  void aFileOverTheUploadLimitIsRefusedInTheBrowserWithTheLimit() throws IOException {
    Path big = dir.resolve("everyone.csv");
    Files.writeString(big, "phone\n" + "+380961111111\n".repeat(700_000));

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      AudiencePage list = AudiencesPage.open(browser).create("Too big " + UUID.randomUUID());

      list.upload(big);

      String refusal = browser.awaitText(By.id("uploadForm:messages"), "larger than");
      browser.screenshot("audience-upload-too-large");
      assertThat(refusal)
          .contains("everyone.csv is larger than the platform takes (8.0 MB)")
          .contains("split it into smaller files");
      assertThat(list.offersColumnChoice()).isFalse();
    }
  }
}
