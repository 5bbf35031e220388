package io.cascade.it.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.AudienceApi;
import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The template editor offers the variables of the chosen audience, previews with its contacts and
 * flags variables the audience lacks; another tenant's lists are not offered.
 */
class TemplateAudienceBrowserTest {

  private static final String CSV =
      "phone,name,city\n+380671112233,Taras,Lviv\n+380501112233,Olena,Kyiv\n";

  @Test
  void managerPicksAnAudienceInsertsItsVariablesAndSeesTheOnesItLacksFlagged() throws Exception {
    String acme = Platform.accessToken("acme-manager");
    String listName = "Loyal customers " + UUID.randomUUID().toString().substring(0, 6);
    String listId = AudienceApi.createList(acme, listName);
    assertThat(
            AudienceApi.awaitImport(acme, AudienceApi.importCsv(acme, listId, CSV, "name,city"))
                .get("status")
                .asText())
        .isEqualTo("COMPLETED");
    String templateName = "Loyalty " + UUID.randomUUID().toString().substring(0, 6);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);
      editor.type("name", templateName).audience(listName + " (2)");

      assertThat(editor.text("audienceVariables")).contains("%name%").contains("%city%");
      // contacts go by phone: +38050... is the first
      assertThat(editor.text("sampleContactText")).contains("+380501112233");
      assertThat(editor.value("sampleVariables")).contains("name=Olena").contains("city=Kyiv");

      editor.type("viberSender", "AcmeShop").type("viberText", "Dear ");
      editor.insertVariable("viberText", "name");
      assertThat(editor.value("viberText")).isEqualTo("Dear %name%");
      editor.awaitText("preview", "Dear Olena");
      editor.type("viberText", "Dear %name% from %city%, your code %code%");
      assertThat(editor.awaitText("unknownVariablesText", "%code%"))
          .contains("Not columns of this audience")
          .doesNotContain("%name%")
          .doesNotContain("%city%");
      editor.awaitText("preview", "Dear Olena from Kyiv, your code %code%");

      editor.nextSampleContact();
      assertThat(editor.text("sampleContactText")).contains("+380671112233");
      editor.awaitText("preview", "Dear Taras from Lviv");
      editor.check();
      assertThat(browser.await(By.cssSelector(".lint-warning")).getText())
          .contains("%code% is not a column of the audience")
          .contains("they have name, city");
      editor.scrollTo("sampleAudience");
      browser.screenshot("template-audience-variables");

      editor.save();
      assertThat(editor.text("messages")).contains("The template is saved.");
      assertThat(
              new Select(browser.await(TemplateEditorPage.field("sampleAudience")))
                  .getFirstSelectedOption()
                  .getText())
          .as("the audience is kept with the template")
          .isEqualTo(listName + " (2)");
    }

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");
      assertThat(TemplateEditorPage.openNew(browser).audienceOptions())
          .noneMatch(option -> option.contains(listName));
    }
  }
}
