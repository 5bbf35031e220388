package io.cascade.it.audience;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** audiences/suppression.xhtml: the suppression list, its hand entry and CSV import. */
final class SuppressionPage {

  private final Browser browser;

  private SuppressionPage(Browser browser) {
    this.browser = browser;
    browser.await(By.id("numbersForm:count"));
  }

  static SuppressionPage open(Browser browser) {
    browser.open(Platform.webUrl() + "audiences/suppression.xhtml");
    return new SuppressionPage(browser);
  }

  long count() {
    return Long.parseLong(browser.await(By.id("numbersForm:count")).getText().strip());
  }

  void add(String phone, String reason) {
    browser.await(By.id("suppressionForm:phone")).sendKeys(phone);
    browser.await(By.id("suppressionForm:reason")).sendKeys(reason);
    browser.await(By.id("suppressionForm:add")).click();
    // the list is drawn again: wait for it, so that what comes next finds the new elements
    browser.until(d -> messages().contains("on the suppression list"));
  }

  /** Chooses the file in the upload control, which imports it at once; waits for the outcome. */
  void importCsv(Path file) {
    browser
        .driver()
        .findElement(By.id("uploadForm:file_input"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.until(d -> messages().contains("Imported"));
  }

  /** Types a search (digits of a number, or words of a reason); the table follows. */
  void search(String text) {
    WebElement search = browser.await(By.id("numbersForm:search"));
    search.clear();
    search.sendKeys(text);
  }

  /** Downloads every refused row of the last import, as the CSV file gives them. */
  String downloadRefusedRows() {
    browser.await(By.id("numbersForm:refusedCsv")).click();
    return browser.awaitDownload("suppression-refused-rows.csv");
  }

  /** Waits until the list on screen shows the number. */
  String awaitNumbersContaining(String e164) {
    return browser.awaitText(By.id("numbersForm:numbers"), e164);
  }

  String numbers() {
    return browser.await(By.id("numbersForm:numbers")).getText();
  }

  String messages() {
    return browser.await(By.id("suppressionForm:messages")).getText();
  }

  /** The refused rows of the last import on screen: "line reason row" per row. */
  List<String> refusedRows() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='numbersForm:refused'] tbody tr"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
