package io.cascade.it.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Templates belong to their tenant: globex sees none of acme's, by list, URL or REST; an analyst
 * has no templates at all. A design that breaks its provider's rules is refused with what to fix.
 */
class TemplateIsolationTest {

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void globexSeesNoneOfAcmesTemplatesByRest() {
    String name = unique("Acme secret");
    String acmeId = TemplateApi.create(Platform.accessToken("acme-manager"), name);
    String globex = Platform.accessToken("globex-manager");

    HttpResponse<String> acmeOwn =
        Platform.get("api/templates/" + acmeId, Platform.accessToken("acme-manager"));
    assertThat(acmeOwn.statusCode()).as(acmeOwn.body()).isEqualTo(200);
    assertThat(Platform.json(acmeOwn.body()).get("name").asText()).isEqualTo(name);

    HttpResponse<String> list = Platform.get("api/templates", globex);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(acmeId).doesNotContain(name);

    HttpResponse<String> one = Platform.get("api/templates/" + acmeId, globex);
    assertThat(one.statusCode()).as(one.body()).isEqualTo(404);
    assertThat(one.body()).doesNotContain(name);
  }

  @Test
  void aTemplateIsDeletedWithItsVersionsButNeverByAnotherTenant() {
    String acme = Platform.accessToken("acme-manager");
    String acmeId = TemplateApi.create(acme, unique("To delete"));

    HttpResponse<String> foreign =
        Platform.delete("api/templates/" + acmeId, Platform.accessToken("globex-manager"));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
    assertThat(Platform.get("api/templates/" + acmeId, acme).statusCode()).isEqualTo(200);

    HttpResponse<String> deleted = Platform.delete("api/templates/" + acmeId, acme);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(Platform.get("api/templates/" + acmeId, acme).statusCode()).isEqualTo(404);
    assertThat(Platform.get("api/templates", acme).body()).doesNotContain(acmeId);
  }

  @Test
  void globexSeesNoneOfAcmesTemplatesInTheBrowserEvenByTypingTheUrl() {
    String name = unique("Acme private");
    String acmeId = TemplateApi.create(Platform.accessToken("acme-manager"), name);
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");

      browser.open(Platform.webUrl() + "templates/index.xhtml");
      assertThat(browser.await(By.id("templateList:templates")).getText()).doesNotContain(name);

      browser.open(Platform.webUrl() + "templates/edit.xhtml?id=" + acmeId);
      assertThat(browser.await(By.id("error-not-found")).getText()).contains("Not found");
      assertThat(browser.pageText()).doesNotContain(name);
      assertThat(browser.isPresent(By.id("templateForm"))).isFalse();
    }
  }

  @Test
  void anAnalystCannotOpenTemplatePagesNorUseTheApi() {
    String analyst = Platform.accessToken("acme-analyst");
    HttpResponse<String> post =
        TemplateApi.post(
            analyst,
            "{\"name\":\"x\",\"provider\":\"HYBER\",\"channels\":[{\"channel\":\"SMS\",\"text\":\"x\",\"sender\":\"Acme\"}]}");
    assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
    assertThat(Platform.get("api/templates", analyst).statusCode()).isEqualTo(403);

    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-analyst");
      assertThat(shell.menuEntries()).doesNotContain("Templates");
      for (String page : new String[] {"templates/index.xhtml", "templates/edit.xhtml"}) {
        browser.open(Platform.webUrl() + page);
        assertThat(browser.await(By.id("error-denied")).getText()).contains("Not allowed");
        assertThat(browser.isPresent(By.id("templateForm"))).isFalse();
      }
    }
  }

  @Test
  void aDesignBreakingMessaggiosSenderLimitIsRefusedWithTheViolation() {
    HttpResponse<String> refused =
        TemplateApi.post(
            Platform.accessToken("acme-manager"),
            """
            {"name": "Too long sender", "provider": "MESSAGGIO",
             "channels": [{"channel": "VIBER", "sender": "AcmeShopOnline", "text": "Hi"}]}
            """);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode violation = Platform.json(refused.body()).get("violations").get(0);
    assertThat(violation.get("field").asText()).isEqualTo("viber.sender");
    assertThat(violation.get("message").asText()).contains("at most 11");
  }
}
