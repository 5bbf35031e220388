package io.cascade.it.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** acme-manager designs templates in headless Chromium: preview, SMS counter, lint. */
class TemplateDesignerBrowserTest {

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void managerDesignsAViberThenSmsTemplateSeeingThePreviewAndTheSmsCounterAsHeTypes() {
    String name = unique("Welcome");
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);

      editor
          .type("name", name)
          .type("viberSender", "AcmeShop")
          .type("viberText", "Hi %name%, welcome!");
      assertThat(editor.awaitText("preview", "Hi Olena, welcome!")).contains("AcmeShop");

      editor.addChannel("SMS");
      editor.type("smsSender", "Acme").type("smsText", "Hi %name%, 5€ off");
      // "Hi Olena, 5€ off": 16 characters, € takes two septets
      assertThat(editor.awaitText("smsCounter", "17 characters"))
          .contains("GSM-7")
          .contains("1 part")
          .as("the counter says why it counts more than was typed")
          .contains("€ count as two characters each");
      assertThat(editor.awaitText("preview", "Hi Olena, 5€ off")).contains("Hi Olena, welcome!");

      editor.type("smsText", "Привіт, %name%! " + "Знижка 5% до неділі. ".repeat(3));
      String counter = editor.awaitText("smsCounter", "UCS-2");
      assertThat(counter).contains("“П”").contains("2 part(s)").contains("67");

      editor.type("sampleVariables", "name=Taras");
      editor.awaitText("preview", "Привіт, Taras!");
      browser.screenshot("template-viber-sms-preview");
      editor.scrollTo("smsCounter");
      browser.screenshot("template-sms-counter");

      editor.save();
      assertThat(editor.text("messages")).contains("The template is saved.");
      assertThat(browser.driver().getCurrentUrl()).contains("id=");
      assertThat(browser.await(By.id("templateForm:smsText")).getAttribute("value"))
          .startsWith("Привіт, %name%!");

      browser.open(Platform.webUrl() + "templates/index.xhtml");
      String list = browser.await(By.id("templateList:templates")).getText();
      assertThat(list).contains(name).contains("Viber → SMS").contains("Hyber");

      // a copy is a template of its own, opened in the editor
      browser
          .driver()
          .findElement(By.xpath("//tr[.//a[text()='" + name + "']]//button[contains(@id,'copy')]"))
          .click();
      browser.awaitUrlContains("id=");
      assertThat(browser.await(By.id("templateForm:name")).getAttribute("value"))
          .isEqualTo(name + " (copy)");
      assertThat(browser.await(By.id("templateForm:viberText")).getAttribute("value"))
          .isEqualTo("Hi %name%, welcome!");
    }
  }

  @Test
  void aTemplateBreakingADecisionTelecomLimitShowsTheErrorAtTheFieldAndIsNotSaved() {
    String name = unique("Too long button");
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);

      fillADecisionTelecomTemplateWithACaptionTooLong(editor, name);
      editor.save();

      assertThat(editor.text("viberButtonCaptionError"))
          .contains("Button caption must be at most 30 characters");
      assertThat(editor.text("messages")).contains("was not saved");
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");
      browser.screenshot("template-decisiontelecom-caption-too-long");

      browser.open(Platform.webUrl() + "templates/index.xhtml");
      assertThat(browser.await(By.id("templateList:templates")).getText()).doesNotContain(name);
    }
  }

  @Test
  void aUkrainianViewerReadsTheLintErrorAtTheFieldInUkrainian() {
    String name = unique("Задовга кнопка");
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager").switchLanguage("УКР");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);

      fillADecisionTelecomTemplateWithACaptionTooLong(editor, name);
      editor.type("sampleVariables", "");
      editor.save();

      assertThat(editor.text("viberButtonCaptionError"))
          .isEqualTo("Напис на кнопці може містити до 30 символів (зі зразковими значеннями).");
      assertThat(editor.text("messages")).contains("Шаблон не збережено");
      assertThat(editor.text("warnings")).contains("Змінна %name% не має зразкового значення");
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");
      editor.scrollTo("viberButtonCaption");
      browser.screenshot("template-decisiontelecom-caption-too-long-uk");
      editor.scrollTo("warnings");
      browser.screenshot("template-decisiontelecom-warnings-uk");
    }
  }

  @Test
  void switchingTheLanguageOrTheProviderKeepsWhatWasTypedButNotSaved() {
    String name = unique("Unsaved");
    try (Browser browser = new Browser()) {
      ShellPage shell = ShellPage.logIn(browser, "acme-manager");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);
      editor
          .type("name", name)
          .type("viberSender", "AcmeShop")
          .type("viberText", "Hi %name%, not saved yet");

      shell.switchLanguage("УКР");

      assertThat(browser.await(By.id("templateTitle")).getText()).isEqualTo("Новий шаблон");
      assertThat(editor.value("name")).isEqualTo(name);
      assertThat(editor.value("viberSender")).isEqualTo("AcmeShop");
      assertThat(editor.value("viberText")).isEqualTo("Hi %name%, not saved yet");
      browser.screenshot("template-language-switched-keeps-edits");

      // typed just before the provider changes: the form is drawn again with it
      editor.type("name", name + " v2");
      editor.provider("DecisionTelecom");
      assertThat(editor.value("name")).isEqualTo(name + " v2");
      assertThat(editor.value("viberText")).isEqualTo("Hi %name%, not saved yet");
      shell.switchLanguage("EN");
      assertThat(editor.value("name")).isEqualTo(name + " v2");
    }
  }

  private static void fillADecisionTelecomTemplateWithACaptionTooLong(
      TemplateEditorPage editor, String name) {
    editor.provider("DecisionTelecom");
    editor
        .type("name", name)
        .type("viberSender", "AcmeShop")
        .type("viberText", "Summer sale, %name%!")
        .type("viberImageUrl", "https://cdn.example.com/summer.png")
        .type("viberButtonCaption", "Open the summer catalogue right now")
        .type("viberButtonAction", "https://example.com/summer");
  }
}
