package io.cascade.it.audience;

import io.cascade.it.support.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** audiences/audience.xhtml: one list with its upload, import progress and contacts. */
final class AudiencePage {

  private final Browser browser;

  AudiencePage(Browser browser) {
    this.browser = browser;
    browser.await(By.id("listName"));
  }

  String name() {
    return browser.await(By.id("listName")).getText();
  }

  /** Chooses the file in the upload control, which sends it at once. */
  void upload(Path file) {
    browser
        .driver()
        .findElement(By.id("uploadForm:file_input"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /** The phone column the page proposes once the file's header is read. */
  String phoneColumn() {
    return browser.await(By.id("importForm:phoneColumn_label")).getText();
  }

  /** The encoding the page read the upload in. */
  String encoding() {
    return browser.await(By.id("importForm:encoding_label")).getText();
  }

  /** Chooses another encoding; waits until the preview is read again. */
  void chooseEncoding(String label) {
    String preview = preview();
    browser.await(By.id("importForm:encoding")).click();
    WebElement item =
        browser.await(
            By.cssSelector("[id='importForm:encoding_items'] li[data-label='" + label + "']"));
    // the panel slides open: a click during the animation lands beside the item
    browser.until(d -> item.getLocation().equals(waitedLocation(item)));
    item.click();
    browser.until(d -> encoding().equals(label) && !preview().equals(preview));
  }

  private static org.openqa.selenium.Point waitedLocation(WebElement item) {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return item.getLocation();
  }

  /** The upload's first rows as the page shows them before the import. */
  String preview() {
    return browser.await(By.id("preview")).getText();
  }

  void startImport() {
    browser.await(By.id("importForm:start")).click();
  }

  /** The final statuses, as English and Ukrainian screens show them. */
  private static final List<String> FINAL =
      List.of(
          "Completed",
          "Partly imported: the file could not be read to its end",
          "Failed",
          "Завершено",
          "Імпортовано частково: файл не вдалося прочитати до кінця",
          "Помилка");

  /** Waits until the import shows a final status, and returns it. */
  String awaitImportFinished() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        // the page's poll replaces the status while it is read
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<WebElement> status = d.findElements(By.id("importForm:status"));
              return !status.isEmpty() && FINAL.contains(status.get(0).getText());
            });
    return browser.await(By.id("importForm:status")).getText();
  }

  String text(String id) {
    return browser.await(By.id("importForm:" + id)).getText();
  }

  long figure(String id) {
    return Long.parseLong(browser.await(By.id("importForm:" + id)).getText().strip());
  }

  /** The refused rows on screen: "line reason row" per row. */
  List<String> errorRows() {
    return rows("importForm:errors");
  }

  String uploadMessages() {
    return browser.await(By.id("uploadForm:messages")).getText();
  }

  boolean offersColumnChoice() {
    return browser.isPresent(By.id("importForm:phoneColumn"));
  }

  /** The contacts table's rows: "phone variables". */
  List<String> contacts() {
    return rows("contactsForm:contacts");
  }

  /** Types a search and waits for the table to show the given number of rows. */
  List<String> search(String text, int expectedRows) {
    browser.await(By.id("contactsForm:search")).sendKeys(text);
    return browser.until(d -> contacts().size() == expectedRows ? contacts() : null);
  }

  long contactCount() {
    return Long.parseLong(browser.await(By.id("contactCount")).getText().strip());
  }

  private List<String> rows(String tableId) {
    return browser
        .driver()
        .findElements(
            By.cssSelector("[id='" + tableId + "'] tbody tr:not(.ui-datatable-empty-message)"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
