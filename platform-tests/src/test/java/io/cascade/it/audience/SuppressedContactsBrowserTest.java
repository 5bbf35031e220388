package io.cascade.it.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.AudienceApi;
import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A list shows how many of its contacts are suppressed and marks them; only the list's own tenant's
 * suppression list counts.
 */
class SuppressedContactsBrowserTest {

  @Test
  void aListCountsAndMarksItsSuppressedContactsButNotThoseGlobexSuppressed() throws Exception {
    int n = 1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999);
    String optedOut = "+38097" + n;
    String suppressedByGlobex = "+38098" + n;
    String kept = "+38093" + n;
    String acme = Platform.accessToken("acme-manager");
    String listId = AudienceApi.createList(acme, "Opt-outs " + UUID.randomUUID());
    String csv =
        "phone,name\n" + optedOut + ",Ann\n" + suppressedByGlobex + ",Bob\n" + kept + ",Cid\n";
    assertThat(
            AudienceApi.awaitImport(acme, AudienceApi.importCsv(acme, listId, csv, "name"))
                .get("status")
                .asText())
        .isEqualTo("COMPLETED");

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");
      suppress(browser, suppressedByGlobex);
    }
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      suppress(browser, optedOut);

      browser.open(Platform.webUrl() + "audiences/audience.xhtml?id=" + listId);
      assertThat(browser.await(By.id("suppressedCount")).getText())
          .contains("1 on the suppression list");
      WebElement table = browser.await(By.id("contactsForm:contacts"));
      assertThat(table.findElements(By.cssSelector(".suppressed-tag"))).hasSize(1);
      assertThat(rowOf(table, optedOut).getText()).contains("suppressed");
      assertThat(rowOf(table, suppressedByGlobex).getText()).doesNotContain("suppressed");
      assertThat(rowOf(table, kept).getText()).doesNotContain("suppressed");
      browser.screenshot("audience-suppressed-contacts");
    }
  }

  private static void suppress(Browser browser, String phone) {
    SuppressionPage page = SuppressionPage.open(browser);
    page.add(phone, "opted out");
    // the list goes by phone, a page at a time: other tests' numbers may come first
    page.search(phone);
    page.awaitNumbersContaining(phone);
  }

  private static WebElement rowOf(WebElement table, String phone) {
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains(phone))
        .findFirst()
        .orElseThrow(() -> new AssertionError(phone + " is not in the table"));
  }
}
