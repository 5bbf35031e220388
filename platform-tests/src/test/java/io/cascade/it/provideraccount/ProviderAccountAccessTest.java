package io.cascade.it.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Only a tenant's admins reach its provider accounts: a campaign manager gets 403 by screen and
 * REST, another tenant's admin sees none of them and gets 404 for their ids.
 */
class ProviderAccountAccessTest {

  @Test
  void aCampaignManagerCannotOpenTheScreensNorCallTheApi() {
    String acmeAdmin = Platform.accessToken("acme-admin");
    Accounts.Created account = Accounts.messaggioAtSimulator(acmeAdmin, "Manager cannot see");
    String manager = Platform.accessToken("acme-manager");

    assertThat(Platform.get(Accounts.PATH, manager).statusCode()).isEqualTo(403);
    assertThat(Platform.get(Accounts.PATH + "/" + account.id(), manager).statusCode())
        .isEqualTo(403);
    assertThat(
            Platform.post(
                    Accounts.PATH,
                    manager,
                    "{\"provider\":\"DECISIONTELECOM\",\"name\":\"x\",\"secret\":\"k\","
                        + "\"senderNames\":[\"A\"]}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Platform.post(
                    Accounts.PATH + "/" + account.id() + "/rotate-callback-token", manager, "")
                .statusCode())
        .isEqualTo(403);
    assertThat(Platform.delete(Accounts.PATH + "/" + account.id(), manager).statusCode())
        .isEqualTo(403);

    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-manager");
      assertThat(shell.menuEntries()).doesNotContain("Provider accounts");
      browser.open(Platform.webUrl() + "providers/index.xhtml");
      assertThat(browser.await(By.id("error-denied")).getText()).contains("Not allowed");
      browser.open(Platform.webUrl() + "providers/edit.xhtml?id=" + account.id());
      assertThat(browser.await(By.id("error-denied")).getText()).contains("Not allowed");
      assertThat(browser.pageText()).doesNotContain("Manager cannot see");
    }
    Platform.delete(Accounts.PATH + "/" + account.id(), acmeAdmin);
  }

  @Test
  void globexAdminSeesNoneOfAcmesAccountsAndGets404ForTheirIds() {
    String acmeAdmin = Platform.accessToken("acme-admin");
    Accounts.Created acme = Accounts.messaggioAtSimulator(acmeAdmin, "Acme private account");
    String path = Accounts.PATH + "/" + acme.id();
    String globex = Platform.accessToken("globex-admin");

    HttpResponse<String> list = Platform.get(Accounts.PATH, globex);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(acme.id()).doesNotContain("Acme private account");
    assertThat(Platform.get(path, globex).statusCode()).isEqualTo(404);
    assertThat(
            Platform.put(
                    path, globex, "{\"name\":\"Hacked\",\"login\":\"x\",\"senderNames\":[\"A\"]}")
                .statusCode())
        .isEqualTo(404);
    assertThat(Platform.post(path + "/check", globex, "{\"phone\":\"+380961111111\"}").statusCode())
        .isEqualTo(404);
    assertThat(Platform.post(path + "/rotate-callback-token", globex, "").statusCode())
        .isEqualTo(404);
    assertThat(Platform.delete(path, globex).statusCode()).isEqualTo(404);

    // untouched for acme
    HttpResponse<String> still = Platform.get(path, acmeAdmin);
    assertThat(still.statusCode()).isEqualTo(200);
    assertThat(Platform.json(still.body()).get("name").asText()).isEqualTo("Acme private account");
    assertThat(Platform.json(still.body()).get("callbackUrl").asText())
        .isEqualTo(Platform.json(acme.body()).get("callbackUrl").asText());

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-admin");
      browser.open(Platform.webUrl() + "providers/index.xhtml");
      browser.await(By.id("accounts"));
      assertThat(browser.pageText()).doesNotContain("Acme private account");

      // typing the URL of acme's account does not help
      browser.open(Platform.webUrl() + "providers/edit.xhtml?id=" + acme.id());
      assertThat(browser.await(By.id("error-not-found")).getText()).contains("Not found");
      assertThat(browser.isPresent(By.id("accountForm"))).isFalse();
      assertThat(browser.pageText()).doesNotContain("Acme private account");
      browser.screenshot("provider-accounts-globex-404");
    }
    Platform.delete(path, acmeAdmin);
  }
}
