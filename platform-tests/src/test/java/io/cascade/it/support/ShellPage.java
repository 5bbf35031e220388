package io.cascade.it.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The platform's frame: top bar (tenant, user, logout) and the menu. */
public final class ShellPage {

  private final Browser browser;

  public ShellPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the platform, logging in through Keycloak as the given demo user. */
  public static ShellPage logIn(Browser browser, String username) {
    browser.open(Platform.webUrl());
    new KeycloakLoginPage(browser).logInAs(username);
    ShellPage shell = new ShellPage(browser);
    browser.await(By.id("topbar"));
    return shell;
  }

  public String tenantName() {
    return browser.await(By.id("tenantName")).getText();
  }

  public String userName() {
    return browser.await(By.id("userName")).getText();
  }

  /** The labels of the menu entries this user sees. */
  public List<String> menuEntries() {
    browser.await(By.id("menu"));
    return browser.driver().findElements(By.cssSelector("#menu .ui-menuitem-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /**
   * Chooses the language of the screens by its label in the top bar ("EN", "УКР"); the page reloads
   * in it.
   */
  public ShellPage switchLanguage(String label) {
    WebElement topbar = browser.await(By.id("topbar"));
    browser
        .await(
            By.xpath(
                "//*[@id='localeForm:language']//div[contains(@class,'ui-button')][.//span[text()='"
                    + label
                    + "']]"))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(topbar));
    browser.await(By.id("topbar"));
    return this;
  }

  public void logOut() {
    browser.await(By.id("logout")).click();
  }
}
