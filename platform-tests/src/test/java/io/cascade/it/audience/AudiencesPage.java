package io.cascade.it.audience;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import org.openqa.selenium.By;

/** audiences/index.xhtml: the contact lists of the tenant and the form for a new one. */
final class AudiencesPage {

  private final Browser browser;

  private AudiencesPage(Browser browser) {
    this.browser = browser;
  }

  static AudiencesPage open(Browser browser) {
    browser.open(Platform.webUrl() + "audiences/index.xhtml");
    browser.await(By.id("audienceForm:name"));
    return new AudiencesPage(browser);
  }

  /** Creates a list; the platform opens it. */
  AudiencePage create(String name) {
    browser.await(By.id("audienceForm:name")).sendKeys(name);
    browser.await(By.id("audienceForm:create")).click();
    browser.awaitUrlContains("audiences/audience.xhtml");
    return new AudiencePage(browser);
  }

  String listsText() {
    return browser.await(By.id("listsForm:lists")).getText();
  }
}
