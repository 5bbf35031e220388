package io.cascade.it.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant admin adds a Messaggio account pointing at the simulator, sees its secret only masked,
 * checks it, rotates its callback token; a forbidden base URL is refused on screen.
 */
class ProviderAccountBrowserTest {

  @Test
  void acmeAdminAddsChecksAndRotatesAMessaggioAccount() {
    String user = "ui-" + UUID.randomUUID().toString().substring(0, 8);
    String secret = "ui-secret-" + UUID.randomUUID();
    Platform.simulatorAccount(
        "{\"provider\":\"messaggio\",\"user\":\"" + user + "\",\"secret\":\"" + secret + "\"}");
    String name = "Messaggio " + user;

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-admin");
      browser.open(Platform.webUrl() + "providers/index.xhtml");
      browser.await(By.xpath("//a[contains(., 'Add Messaggio')]")).click();
      browser.await(By.id("accountForm:name"));
      assertThat(browser.await(By.id("accountTitle")).getText()).contains("Messaggio");

      // a forbidden base URL: refused on screen, nothing saved
      type(browser, "accountForm:name", name);
      type(browser, "accountForm:login", user);
      type(browser, "accountForm:secret", secret);
      type(browser, "accountForm:senderNames", "Acme");
      type(browser, "accountForm:baseUrl", "http://169.254.169.254/");
      browser.await(By.id("accountForm:save")).click();
      assertThat(browser.awaitText(By.id("messages"), "is not allowed"))
          .contains("http://169.254.169.254/ is not allowed");
      // and next to the field to fix, which is marked; the others are not
      assertThat(browser.await(By.id("accountForm:baseUrlMessage")).getText())
          .contains("is not allowed")
          .contains("Leave it empty");
      assertThat(browser.await(By.id("accountForm:baseUrl")).getDomAttribute("class"))
          .contains("ui-state-error");
      assertThat(browser.await(By.id("accountForm:baseUrl")).getDomProperty("value"))
          .as("what was typed stays, to be corrected")
          .isEqualTo("http://169.254.169.254/");
      assertThat(browser.await(By.id("accountForm:name")).getDomAttribute("class"))
          .doesNotContain("ui-state-error");
      assertThat(browser.await(By.id("accountForm:nameMessage")).getText()).isEmpty();
      browser.screenshot("provider-account-forbidden-base-url");

      // the simulator's base is allowed
      type(browser, "accountForm:baseUrl", Platform.simulatorUrl());
      type(browser, "accountForm:secret", secret);
      browser.await(By.id("accountForm:save")).click();
      browser.awaitUrlContains("id=");
      assertThat(browser.awaitText(By.id("messages"), "saved")).contains("The account is saved.");

      // the secret shows only masked, and is nowhere in the page
      assertThat(browser.await(By.id("accountForm:secretMasked")).getText()).contains("••••••••");
      assertThat(browser.driver().getPageSource()).doesNotContain(secret);
      assertThat(browser.await(By.id("accountForm:secret")).getDomProperty("value")).isEmpty();
      browser.screenshot("provider-account-saved");

      String callbackUrl = value(browser, "checkForm:callbackUrl");
      assertThat(callbackUrl)
          .matches("http://localhost:18080/callbacks/messaggio/[A-Za-z0-9_-]{43}");

      // check: the simulator's answer, code and text
      type(browser, "checkForm:checkPhone", "+380961111111");
      browser.await(By.id("checkForm:check")).click();
      assertThat(browser.awaitText(By.id("checkForm:lastCheckCode"), "ACCEPTED"))
          .isEqualTo("ACCEPTED");
      assertThat(browser.await(By.id("checkForm:lastCheckText")).getText())
          .startsWith("Messaggio accepted the test message, message id ");
      assertThat(browser.await(By.id("checkForm:lastCheckAt")).getText())
          .as("in the tenant's zone, to the second, with the zone; not an ISO instant")
          .matches("\\d{1,2} \\S+ \\d{4}, \\d{2}:\\d{2}:\\d{2} \\S+");

      // rotating the token changes the URL
      browser.await(By.id("checkForm:rotate")).click();
      browser.until(ExpectedConditions.alertIsPresent()).accept();
      browser.until(d -> !value(browser, "checkForm:callbackUrl").equals(callbackUrl));
      String rotated = value(browser, "checkForm:callbackUrl");
      assertThat(rotated)
          .isNotEqualTo(callbackUrl)
          .matches("http://localhost:18080/callbacks/messaggio/[A-Za-z0-9_-]{43}");
      assertThat(browser.awaitText(By.id("messages"), "token")).contains("new token");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].scrollIntoView()", browser.await(By.id("checkForm:lastCheckAt")));
      browser.screenshot("provider-account-checked-and-rotated");

      // the list shows it masked, with its last check
      browser.open(Platform.webUrl() + "providers/index.xhtml");
      browser.await(By.id("accounts"));
      assertThat(browser.pageText()).contains(name).contains("••••••••").contains("ACCEPTED");
      assertThat(browser.driver().getPageSource()).doesNotContain(secret);
      browser.screenshot("provider-accounts-list");
    }
  }

  private static void type(Browser browser, String id, String text) {
    WebElement field = browser.await(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static String value(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getDomProperty("value");
  }
}
