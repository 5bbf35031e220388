package io.cascade.it.support;

import org.openqa.selenium.By;

/**
 * Keycloak's login page. With organizations enabled it asks for the username first, then the
 * password on a second page.
 */
public final class KeycloakLoginPage {

  public static final String DEMO_PASSWORD = "demo-password";

  private final Browser browser;

  public KeycloakLoginPage(Browser browser) {
    this.browser = browser;
  }

  public static boolean isShown(Browser browser) {
    return browser.isPresent(By.id("kc-form-login")) || browser.isPresent(By.id("username"));
  }

  public void logInAs(String username) {
    browser.await(By.id("username")).sendKeys(username);
    if (!browser.isPresent(By.id("password"))) {
      browser.await(By.id("kc-login")).click();
    }
    browser.await(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.await(By.id("kc-login")).click();
  }
}
