package io.cascade.it.campaign;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * campaigns/index.xhtml: the tenant's campaigns, addressed by their ids ({@code
 * campaignsForm:search}; in a row, {@code ...:open}, {@code ...:state}, {@code ...:sent}).
 */
final class CampaignsPage {

  private static final By TABLE = By.id("campaignsForm:campaigns");
  private static final By ROWS =
      By.cssSelector("[id='campaignsForm:campaigns'] tbody tr:not(.ui-datatable-empty-message)");

  private final Browser browser;

  private CampaignsPage(Browser browser) {
    this.browser = browser;
  }

  static CampaignsPage open(Browser browser) {
    browser.open(Platform.webUrl() + "campaigns/");
    browser.await(TABLE);
    return new CampaignsPage(browser);
  }

  /**
   * Types a part of a name and waits until the table was shown again with only campaigns that have
   * it (or none).
   */
  CampaignsPage search(String text) {
    WebElement table = browser.await(TABLE);
    WebElement field = browser.await(By.id("campaignsForm:search"));
    field.clear();
    field.sendKeys(text);
    browser.until(ExpectedConditions.stalenessOf(table));
    browser.until(d -> names().stream().allMatch(name -> name.contains(text)));
    return this;
  }

  /** The names of the campaigns shown, in their order. */
  List<String> names() {
    return browser.driver().findElements(ROWS).stream()
        .map(row -> row.findElement(By.cssSelector("a[id$=':open']")).getText())
        .toList();
  }

  /** What a cell of the campaign's row shows, by the id of its element (state, sent...). */
  String cell(String name, String id) {
    return browser.until(
        d -> row(name).findElement(By.cssSelector("[id$=':" + id + "']")).getText());
  }

  boolean canCopy(String name) {
    return !row(name).findElements(By.cssSelector("[id$=':copy']")).isEmpty();
  }

  boolean canDelete(String name) {
    return !row(name).findElements(By.cssSelector("[id$=':delete']")).isEmpty();
  }

  /** Opens the campaign's page by its name. */
  CampaignViewPage openCampaign(String name) {
    row(name).findElement(By.linkText(name)).click();
    browser.awaitUrlContains("campaigns/view.xhtml");
    return new CampaignViewPage(browser);
  }

  /** Copies the campaign; returns the page's message once it names the copy. */
  String copy(String name) {
    row(name).findElement(By.cssSelector("[id$=':copy']")).click();
    return browser.awaitText(By.id("campaignsForm:messages"), name + " (copy)");
  }

  /** Deletes the draft, answering the confirmation; returns the page's message. */
  String delete(String name) {
    row(name).findElement(By.cssSelector("[id$=':delete']")).click();
    WebElement yes = browser.await(By.id("campaignsForm:confirmYes"));
    // the dialog fades in: a click may land on it before it takes clicks
    browser.until(
        d -> {
          try {
            yes.click();
            return true;
          } catch (WebDriverException notYet) {
            return false;
          }
        });
    return browser.awaitText(By.id("campaignsForm:messages"), "deleted");
  }

  /** The row whose name link reads exactly the name (a copy's name starts with it too). */
  private WebElement row(String name) {
    return browser.until(
        d ->
            d.findElements(ROWS).stream()
                .filter(tr -> !tr.findElements(By.linkText(name)).isEmpty())
                .findFirst()
                .orElse(null));
  }
}
