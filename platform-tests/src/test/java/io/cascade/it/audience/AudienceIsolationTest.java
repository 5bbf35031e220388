package io.cascade.it.audience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.AudienceApi;
import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Tenant globex sees nothing of acme's contact lists (UI, URL, REST), and an analyst changes
 * nothing. Also the REST import path: refused rows downloadable as CSV with their lines.
 */
class AudienceIsolationTest {

  private static final String CSV =
      "phone,name\n+380961111111,Ann\nbroken,Bob\n+380962222222,Carl\n";

  @Test
  void globexSeesNoneOfAcmesListsByMenuUrlOrRest() throws Exception {
    String acme = Platform.accessToken("acme-manager");
    String name = "Acme private list " + UUID.randomUUID().toString().substring(0, 6);
    String listId = AudienceApi.createList(acme, name);
    String importPath = importCsv(acme, listId);
    assertThat(AudienceApi.awaitImport(acme, importPath).get("status").asText())
        .isEqualTo("COMPLETED");

    String globex = Platform.accessToken("globex-manager");
    HttpResponse<String> globexLists = Platform.get("api/audiences", globex);
    assertThat(globexLists.statusCode()).isEqualTo(200);
    assertThat(globexLists.body()).doesNotContain(listId).doesNotContain(name);
    assertThat(Platform.get("api/audiences/" + listId, globex).statusCode()).isEqualTo(404);
    assertThat(Platform.get(importPath, globex).statusCode()).isEqualTo(404);
    assertThat(Platform.get(importPath + "/errors", globex, "text/csv").statusCode())
        .isEqualTo(404);
    HttpResponse<String> foreignImport =
        Platform.post("api/audiences/" + listId + "/import", globex, "text/csv", CSV);
    assertThat(foreignImport.statusCode()).isEqualTo(404);
    assertThat(Platform.delete("api/audiences/" + listId, globex).statusCode()).isEqualTo(404);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");
      assertThat(AudiencesPage.open(browser).listsText()).doesNotContain(name);
      browser.open(Platform.webUrl() + "audiences/audience.xhtml?id=" + listId);
      assertThat(browser.await(By.id("error-not-found")).getText()).contains("Not found");
      assertThat(browser.pageText()).doesNotContain(name).doesNotContain("+380961111111");
    }

    // untouched for acme
    JsonNode own = Platform.json(Platform.get("api/audiences/" + listId, acme).body());
    assertThat(own.get("contacts").asLong()).isEqualTo(2);
  }

  @Test
  void analystCannotChangeAudiencesNorOpenTheirPages() {
    String analyst = Platform.accessToken("acme-analyst");
    assertThat(
            Platform.post("api/audiences", analyst, "application/json", "{\"name\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    String listId =
        AudienceApi.createList(Platform.accessToken("acme-manager"), "For the analyst test");
    assertThat(
            Platform.post("api/audiences/" + listId + "/import", analyst, "text/csv", CSV)
                .statusCode())
        .isEqualTo(403);
    assertThat(Platform.delete("api/audiences/" + listId, analyst).statusCode()).isEqualTo(403);

    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-analyst");
      assertThat(shell.menuEntries()).doesNotContain("Audiences");
      browser.open(Platform.webUrl() + "audiences/index.xhtml");
      assertThat(browser.await(By.id("error-denied")).getText()).contains("Not allowed");
      assertThat(browser.isPresent(By.id("audienceForm"))).isFalse();
    }
  }

  @Test
  void restImportReportsRefusedRowsAsCsvAndABadColumnAsWhatToFix() throws Exception {
    String acme = Platform.accessToken("acme-manager");
    String listId = AudienceApi.createList(acme, "REST import");

    JsonNode done = AudienceApi.awaitImport(acme, importCsv(acme, listId));
    assertThat(done.get("imported").asLong()).isEqualTo(2);
    assertThat(done.get("errors").asLong()).isEqualTo(1);
    HttpResponse<String> errors =
        Platform.get(
            done.get("errorsUrl").asText().replaceFirst(".*/api/", "api/"), acme, "text/csv");
    assertThat(errors.statusCode()).isEqualTo(200);
    assertThat(errors.body().lines())
        .containsExactly(
            "line,reason,row",
            "3,Not a phone number: broken (The string supplied did"
                + " not seem to be a phone number.),\"broken,Bob\"");

    HttpResponse<String> wrongColumn =
        Platform.post(
            "api/audiences/" + listId + "/import?phoneColumn=mobile", acme, "text/csv", CSV);
    assertThat(wrongColumn.statusCode()).isEqualTo(400);
    assertThat(Platform.json(wrongColumn.body()).get("message").asText())
        .contains("no column 'mobile'")
        .contains("phone, name");
  }

  private static String importCsv(String token, String listId) {
    return AudienceApi.importCsv(token, listId, CSV, "name");
  }
}
