package io.cascade.it.campaign;

import io.cascade.it.support.Browser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * campaigns/view.xhtml: one campaign's status, figures and actions, addressed by their ids ({@code
 * campaignForm:state}, {@code campaignForm:sent}, {@code campaignForm:pause}).
 */
final class CampaignViewPage {

  private final Browser browser;

  CampaignViewPage(Browser browser) {
    this.browser = browser;
    browser.await(By.id("campaignName"));
  }

  String name() {
    return browser.await(By.id("campaignName")).getText();
  }

  /** The status as the page shows it ("Scheduled", "Completed"). */
  String state() {
    return browser.until(d -> d.findElement(By.id("campaignForm:state")).getText());
  }

  /** Waits, without reloading, until the page's own poll shows the status. */
  void awaitState(String label, Duration timeout) {
    new WebDriverWait(browser.driver(), timeout)
        // the poll replaces the status while it is read
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<WebElement> state = d.findElements(By.id("campaignForm:state"));
              return !state.isEmpty() && state.get(0).getText().equals(label);
            });
  }

  /** A figure of the page by its id (sent, delivered, failed, pending, unknown, recipients...). */
  long figure(String id) {
    return browser.until(
        d -> Long.parseLong(d.findElement(By.id("campaignForm:" + id)).getText().strip()));
  }

  /**
   * Reloads the page, as a person would, until the figure shows the value or the time is up, and
   * returns what it shows last: reports still come in after a campaign completed, when its page no
   * longer polls.
   */
  long awaitFigureAfterReloads(String id, long expected, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    long shown = figure(id);
    while (shown != expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      browser.driver().navigate().refresh();
      browser.await(By.id("campaignName"));
      shown = figure(id);
    }
    return shown;
  }

  /** The progress bar's label ("100%"), once it shows one. */
  String progress() {
    return browser.until(
        d -> {
          String label = d.findElement(By.id("campaignForm:bar")).getText().strip();
          return label.isEmpty() ? null : label;
        });
  }

  /** Whether the page offers the action (pause, resume, cancel, resendUnknown). */
  boolean offers(String action) {
    return browser.isPresent(By.id("campaignForm:" + action));
  }
}
