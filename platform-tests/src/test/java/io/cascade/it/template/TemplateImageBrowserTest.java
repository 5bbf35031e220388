package io.cascade.it.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.media.Images;
import io.cascade.it.provideraccount.Accounts;
import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * acme-manager uploads the Viber image of a Messaggio template in the designer: the platform keeps
 * it, the preview shows it, and Messaggio (the simulator) gets it and gives an image_id.
 */
class TemplateImageBrowserTest {

  @TempDir Path dir;

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void managerUploadsAViberImageForMessaggioAndSeesItInThePreviewWithItsImageId()
      throws IOException, InterruptedException {
    String accountName = unique("Messaggio media");
    Accounts.Created account =
        Accounts.messaggioAtSimulator(Platform.accessToken("acme-admin"), accountName);
    Path png = dir.resolve("summer sale.png");
    Files.write(png, Images.png(40, 30));
    String name = unique("Summer image");

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);
      editor.provider("Messaggio");
      editor
          .type("name", name)
          .type("viberSender", "AcmeShop")
          .type("viberText", "Summer sale, %name%!");

      editor.uploadViberImage(png);
      String ids = editor.awaitText("viberImageIds", "(account " + accountName + ")");
      Matcher imageId =
          Pattern.compile("Messaggio image_id: (\\S+) \\(account " + Pattern.quote(accountName))
              .matcher(ids);
      assertThat(imageId.find()).as(ids).isTrue();
      assertThat(imageId.group(1)).hasSize(64);

      String url = editor.value("viberImageUrl");
      assertThat(url).startsWith(Platform.webUrl() + "media/acme/").endsWith("/summer-sale.png");
      assertThat(editor.awaitPreviewImageWidth()).isEqualTo(40);
      editor.scrollTo("viberImageIds");
      browser.screenshot("template-messaggio-image-uploaded");

      assertThat(simulatorMediaUploadsOf(account.user())).isEqualTo(1);

      editor.save();
      assertThat(editor.text("messages")).contains("The template is saved.");
      assertThat(editor.value("viberImageUrl")).isEqualTo(url);
      assertThat(editor.text("viberImageIds")).contains("Messaggio image_id: " + imageId.group(1));
    }
  }

  @Test
  void aFileThatIsNoImageIsRefusedOnScreenSayingWhatToUpload() throws IOException {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "not an image");
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      TemplateEditorPage editor = TemplateEditorPage.openNew(browser);
      editor.type("viberImageUrl", "https://cdn.example.com/keep.png");
      editor.awaitPreviewImageSource("https://cdn.example.com/keep.png");

      editor.uploadViberImage(text);
      assertThat(editor.awaitText("viberImageError", "is not a JPG, PNG or GIF image"))
          .contains("\"notes.txt\"");
      assertThat(editor.text("messages")).contains("is not a JPG, PNG or GIF image");
      assertThat(editor.value("viberImageUrl")).isEqualTo("https://cdn.example.com/keep.png");
      editor.scrollTo("viberImageError");
      browser.screenshot("template-image-not-an-image");
    }
  }

  /** How many media uploads the simulator logged for this Messaggio login. */
  private static long simulatorMediaUploadsOf(String login)
      throws IOException, InterruptedException {
    HttpResponse<String> log =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            Platform.simulatorUrl()
                                + "/_control/requests?provider=messaggio&limit=500"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(log.statusCode()).isEqualTo(200);
    JsonNode entries = Platform.json(log.body());
    return StreamSupport.stream(entries.spliterator(), false)
        .filter(e -> e.path("path").asText().contains("media/upload"))
        .filter(e -> e.path("body").asText().contains("\r\n\r\n" + login + "\r\n"))
        .count();
  }
}
