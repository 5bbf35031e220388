package io.cascade.it.template;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** templates/edit.xhtml, addressed by its ids ({@code templateForm:viberText}). */
final class TemplateEditorPage {

  private final Browser browser;
  private final WebDriverWait wait;

  TemplateEditorPage(Browser browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }

  static TemplateEditorPage openNew(Browser browser) {
    browser.open(Platform.webUrl() + "templates/index.xhtml");
    browser.await(By.id("templateList:newTemplate")).click();
    browser.await(By.id("templateForm:name"));
    return new TemplateEditorPage(browser);
  }

  static By field(String id) {
    return By.id("templateForm:" + id);
  }

  TemplateEditorPage type(String id, String text) {
    WebElement input = browser.await(field(id));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Picks the provider; the form is rendered again for it. */
  TemplateEditorPage provider(String displayName) {
    return selectAndAwaitForm("provider", displayName);
  }

  /** Picks the audience to preview with; the form is rendered again with its variables. */
  TemplateEditorPage audience(String optionText) {
    return selectAndAwaitForm("sampleAudience", optionText);
  }

  private TemplateEditorPage selectAndAwaitForm(String menuId, String optionText) {
    WebElement before = browser.await(field("name"));
    new Select(browser.await(field(menuId))).selectByVisibleText(optionText);
    wait.until(ExpectedConditions.stalenessOf(before));
    browser.await(field("name"));
    return this;
  }

  /** The texts of the audience menu's options. */
  java.util.List<String> audienceOptions() {
    return new Select(browser.await(field("sampleAudience")))
        .getOptions().stream().map(WebElement::getText).toList();
  }

  /** Puts the cursor at the end of the field, then clicks the variable's chip. */
  TemplateEditorPage insertVariable(String fieldId, String variable) {
    WebElement input = browser.await(field(fieldId));
    input.click();
    input.sendKeys(org.openqa.selenium.Keys.END);
    browser.await(By.cssSelector(".variable-chip[data-variable='%" + variable + "%']")).click();
    return this;
  }

  TemplateEditorPage nextSampleContact() {
    WebElement before = browser.await(field("name"));
    browser.await(field("nextSampleContact")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    browser.await(field("name"));
    return this;
  }

  String value(String id) {
    return browser.await(field(id)).getAttribute("value");
  }

  TemplateEditorPage addChannel(String label) {
    new Select(browser.await(field("addChannel"))).selectByVisibleText(label);
    WebElement before = browser.await(field("name"));
    browser.await(field("addChannelButton")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    return this;
  }

  /** Waits until the element shows the text (live parts are rendered again by ajax). */
  String awaitText(String id, String text) {
    return browser.awaitText(field(id), text);
  }

  void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.await(field(id)));
  }

  String text(String id) {
    return browser.await(field(id)).getText();
  }

  /** Runs the lint without saving. */
  void check() {
    WebElement before = browser.await(field("name"));
    browser.await(field("check")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    browser.await(field("messages"));
  }

  /** Chooses a file in the image upload next to the Viber image URL, which sends it at once. */
  void uploadViberImage(java.nio.file.Path file) {
    browser
        .driver()
        .findElement(field("viberImage_input"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /** Waits until the preview's Viber image points at the URL (the field reached the server). */
  void awaitPreviewImageSource(String url) {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(
                "[id='templateForm:preview'] .bubble-viber img.bubble-image[src='" + url + "']")));
  }

  /** Waits until the preview's Viber image is loaded and answers its width in pixels. */
  long awaitPreviewImageWidth() {
    By image = By.cssSelector("[id='templateForm:preview'] .bubble-viber img.bubble-image");
    return wait.until(
        d -> {
          java.util.List<WebElement> found = d.findElements(image);
          if (found.isEmpty()) {
            return null;
          }
          Object width =
              ((org.openqa.selenium.JavascriptExecutor) d)
                  .executeScript(
                      "return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                      found.get(0));
          return width instanceof Number n && n.longValue() > 0 ? n.longValue() : null;
        });
  }

  void save() {
    WebElement before = browser.await(field("name"));
    browser.await(field("save")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    browser.await(field("messages"));
  }
}
