package io.cascade.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Tenant globex cannot see or change tenant acme's profile: by menu, URL or REST. */
class CrossTenantAccessTest {

  @Test
  void globexAnalystSeesOnlyGlobexAndCannotOpenTheProfileEditor() {
    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "globex-analyst");

      assertThat(shell.tenantName()).contains("Globex").doesNotContain("Acme");
      assertThat(shell.menuEntries())
          .containsExactly("Dashboard", "Campaigns", "Reports", "Replies");
      assertThat(browser.await(By.id("displayName")).getText()).isEqualTo("Globex");
      assertThat(browser.pageText()).doesNotContain("Acme Corp");
      assertThat(browser.isPresent(By.partialLinkText("Edit profile"))).isFalse();

      // typing the URL of the editor does not help
      browser.open(Platform.webUrl() + "tenant/profile.xhtml");
      assertThat(browser.await(By.id("error-denied")).getText()).contains("Not allowed");
      assertThat(browser.isPresent(By.id("profileForm"))).isFalse();
    }
  }

  @Test
  void restCallsWithAGlobexTokenNeverReachAcme() {
    String globexAnalyst = Platform.accessToken("globex-analyst");

    HttpResponse<String> own = Platform.get("api/profile", globexAnalyst);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(Platform.json(own.body()).get("tenant").asText()).isEqualTo("globex");
    assertThat(own.body()).doesNotContain("acme").doesNotContain("Acme");

    HttpResponse<String> change =
        Platform.put(
            "api/profile",
            globexAnalyst,
            "{\"displayName\":\"Hacked\",\"timeZone\":\"UTC\",\"phoneRegion\":\"US\"}");
    assertThat(change.statusCode()).as(change.body()).isEqualTo(403);

    String acmeAnalyst = Platform.accessToken("acme-analyst");
    assertThat(
            Platform.json(Platform.get("api/profile", acmeAnalyst).body())
                .get("displayName")
                .asText())
        .isEqualTo("Acme Corp");
  }

  @Test
  void aTenantAdminsChangeStaysInHisTenant() {
    String globexAdmin = Platform.accessToken("globex-admin");
    HttpResponse<String> changed =
        Platform.put(
            "api/profile",
            globexAdmin,
            "{\"displayName\":\"Globex\",\"timeZone\":\"America/Chicago\",\"phoneRegion\":\"US\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Platform.json(changed.body()).get("timeZone").asText()).isEqualTo("America/Chicago");

    var acme =
        Platform.json(Platform.get("api/profile", Platform.accessToken("acme-admin")).body());
    assertThat(acme.get("tenant").asText()).isEqualTo("acme");
    assertThat(acme.get("timeZone").asText()).isEqualTo("Europe/Kyiv");

    // restore for other tests
    Platform.put(
        "api/profile",
        globexAdmin,
        "{\"displayName\":\"Globex\",\"timeZone\":\"America/New_York\",\"phoneRegion\":\"US\"}");
  }

  @Test
  void aBadProfileValueIsRefusedWithWhatToFix() {
    HttpResponse<String> refused =
        Platform.put(
            "api/profile",
            Platform.accessToken("acme-admin"),
            "{\"displayName\":\"Acme Corp\",\"timeZone\":\"Europe/Kyiv\",\"phoneRegion\":\"XX\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Platform.json(refused.body()).get("field").asText()).isEqualTo("phoneRegion");
    assertThat(refused.body()).contains("two-letter country code");
  }
}
