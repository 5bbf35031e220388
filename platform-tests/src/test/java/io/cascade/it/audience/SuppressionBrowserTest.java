package io.cascade.it.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The suppression list: a manager adds a number by hand; the other tenant does not see it. */
class SuppressionBrowserTest {

  @Test
  void managerSuppressesANumberInHisRegionAndGlobexDoesNotSeeIt() {
    String national = "096 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    String e164 = "+38096" + national.substring(4);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      browser.open(Platform.webUrl() + "audiences/suppression.xhtml");
      long before = count(browser);
      browser.await(By.id("suppressionForm:phone")).sendKeys(national);
      browser.await(By.id("suppressionForm:reason")).sendKeys("asked by phone");
      browser.await(By.id("suppressionForm:add")).click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> d.findElement(By.id("numbersForm:numbers")).getText().contains(e164));
      assertThat(count(browser)).isEqualTo(before + 1);
      assertThat(browser.await(By.id("suppressionForm:messages")).getText())
          .contains("on the suppression list");
      browser.screenshot("suppression-added");
    }

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");
      browser.open(Platform.webUrl() + "audiences/suppression.xhtml");
      assertThat(browser.await(By.id("numbersForm:numbers")).getText()).doesNotContain(e164);
    }
  }

  private static long count(Browser browser) {
    return Long.parseLong(browser.await(By.id("numbersForm:count")).getText().strip());
  }
}
