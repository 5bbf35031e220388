package io.cascade.it.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.KeycloakLoginPage;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** Logging in through Keycloak's own login page in headless Chromium, and out again. */
class LoginAndMenuBrowserTest {

  @Test
  void campaignManagerSeesHisTenantAndTheMenuOfHisRoleThenLogsOut() {
    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-manager");

      assertThat(shell.tenantName()).contains("Acme Corp").contains("acme");
      assertThat(shell.userName()).contains("acme-manager");
      assertThat(shell.menuEntries())
          .containsExactly(
              "Dashboard", "Templates", "Audiences", "Campaigns", "Reports", "Replies");
      assertThat(browser.await(By.id("displayName")).getText()).isEqualTo("Acme Corp");
      browser.screenshot("acme-manager-dashboard");

      shell.logOut();
      browser.await(By.id("username"));
      assertThat(KeycloakLoginPage.isShown(browser)).isTrue();

      // the platform session is gone too: the start page asks to log in again
      browser.open(Platform.webUrl());
      browser.await(By.id("username"));
      assertThat(browser.isPresent(By.id("topbar"))).isFalse();
    }
  }

  @Test
  void tenantAdminSeesEveryMenuEntry() {
    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-admin");

      assertThat(shell.menuEntries())
          .containsExactly(
              "Dashboard",
              "Provider accounts",
              "Templates",
              "Audiences",
              "Campaigns",
              "Reports",
              "Replies");
      assertThat(browser.isPresent(By.partialLinkText("Edit profile"))).isTrue();
    }
  }

  @Test
  void userOfNoOrganizationIsToldSoAndSeesNoTenantData() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.webUrl());
      new KeycloakLoginPage(browser).logInAs("loner");

      String problem = browser.await(By.id("problem")).getText();
      assertThat(problem).contains("belongs to no organization");
      assertThat(browser.isPresent(By.id("menu"))).isFalse();
      assertThat(browser.pageText()).doesNotContain("Acme Corp").doesNotContain("Globex");
    }
  }

  @Test
  void platformOperatorWithoutOrganizationIsToldThereIsNoTenantWorkspace() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.webUrl());
      new KeycloakLoginPage(browser).logInAs("operator");

      assertThat(browser.await(By.id("problem")).getText()).contains("platform operator");
      assertThat(browser.isPresent(By.id("menu"))).isFalse();
    }
  }

  @Test
  void aRenameByTheTenantAdminShowsInTheTopBar() {
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-admin");
      try {
        rename(browser, "Globex Renamed");
        browser.open(Platform.webUrl());
        assertThat(new ShellPage(browser).tenantName()).contains("Globex Renamed");
      } finally {
        rename(browser, "Globex");
      }
      browser.open(Platform.webUrl());
      assertThat(new ShellPage(browser).tenantName()).contains("Globex").doesNotContain("Renamed");
    }
  }

  private static void rename(Browser browser, String displayName) {
    browser.open(Platform.webUrl() + "tenant/profile.xhtml");
    var field = browser.await(By.id("profileForm:displayName"));
    field.clear();
    field.sendKeys(displayName);
    browser.await(By.id("profileForm:save")).click();
    browser.await(By.cssSelector("#profileForm\\:messages .ui-messages-info"));
  }

  /** 800 px: a laptop split in two, or a small tablet. */
  @Test
  void atEightHundredPixelsNothingIsCutOffAndTheMenuKeepsItsWidthOnEveryPage() {
    List<String> pages =
        List.of(
            "index.xhtml",
            "templates/index.xhtml",
            "templates/edit.xhtml",
            "audiences/index.xhtml",
            "audiences/suppression.xhtml",
            "providers/index.xhtml",
            "providers/edit.xhtml?provider=HYBER",
            "tenant/profile.xhtml");
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(800, 900));
      ShellPage.logIn(browser, "acme-admin");
      Set<Long> menuWidths = new TreeSet<>();
      for (String page : pages) {
        browser.open(Platform.webUrl() + page);
        browser.await(By.id("content"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Number menu =
            (Number)
                js.executeScript(
                    "return Math.round(document.getElementById('menu').getBoundingClientRect().width)");
        menuWidths.add(menu.longValue());
        Number overflow =
            (Number)
                js.executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth");
        Object widest =
            js.executeScript(
                "let w = document.documentElement.clientWidth, out = [];"
                    + " document.querySelectorAll('#content *').forEach(e => {"
                    + " if (e.getBoundingClientRect().right > w + 1) out.push(e.tagName + '#' + e.id); });"
                    + " return out.slice(-3).join(', ');");
        assertThat(overflow.longValue())
            .as("pixels cut off at the right of %s (by %s)", page, widest)
            .isZero();
      }
      browser.open(Platform.webUrl() + "templates/edit.xhtml");
      browser.await(By.id("content"));
      browser.screenshot("template-editor-800px");
      browser.open(Platform.webUrl() + "providers/edit.xhtml?provider=HYBER");
      browser.await(By.id("content"));
      browser.screenshot("provider-account-800px");
      assertThat(menuWidths).as("the menu's width on the pages").hasSize(1);
    }
  }
}
