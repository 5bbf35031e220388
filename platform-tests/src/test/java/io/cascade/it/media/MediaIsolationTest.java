package io.cascade.it.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Template images over HTTP: uploaded through /api/media, served without login at their public URL,
 * and never under another tenant's path.
 */
class MediaIsolationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static final byte[] PNG = Images.png(8, 6);

  @Test
  void anUploadedImageIsServedWithoutLoginWithItsTypeAndCacheHeaders() {
    String url = upload("acme-manager", "Summer sale.png", PNG).get("url").asText();
    assertThat(url).startsWith(Platform.webUrl() + "media/acme/").endsWith("/Summer-sale.png");

    HttpResponse<byte[]> image = fetch(url);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    assertThat(image.body()).isEqualTo(PNG);
  }

  @Test
  void acmesImageIsNotServedUnderGlobexsPathNorUnderAWrongIdOrName() {
    String url = upload("acme-manager", "logo.png", PNG).get("url").asText();
    assertThat(fetch(url).statusCode()).isEqualTo(200);

    assertThat(fetch(url.replace("/media/acme/", "/media/globex/")).statusCode()).isEqualTo(404);
    assertThat(fetch(url.replace("/logo.png", "/other.png")).statusCode()).isEqualTo(404);
    String id = url.split("/")[url.split("/").length - 2];
    assertThat(fetch(url.replace(id, UUID.randomUUID().toString())).statusCode()).isEqualTo(404);
    assertThat(fetch(Platform.webUrl() + "media/acme/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void globexsImageIsNotServedUnderAcmesPath() {
    String url = upload("globex-manager", "globex.png", PNG).get("url").asText();
    assertThat(url).contains("/media/globex/");
    assertThat(fetch(url).statusCode()).isEqualTo(200);
    assertThat(fetch(url.replace("/media/globex/", "/media/acme/")).statusCode()).isEqualTo(404);
  }

  @Test
  void aFileThatIsNoImageIsRefusedSayingWhatToUpload() {
    HttpResponse<String> refused =
        post(
            "acme-manager",
            "offer.pdf",
            "%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Platform.json(refused.body()).get("message").asText())
        .contains("\"offer.pdf\" is not a JPG, PNG or GIF image");
  }

  @Test
  void analystsCannotUploadImages() {
    assertThat(post("acme-analyst", "a.png", PNG).statusCode()).isEqualTo(403);
  }

  private static com.fasterxml.jackson.databind.JsonNode upload(
      String user, String fileName, byte[] content) {
    HttpResponse<String> created = post(user, fileName, content);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Platform.json(created.body());
  }

  private static HttpResponse<String> post(String user, String fileName, byte[] content) {
    return send(
        HttpRequest.newBuilder(
                URI.create(
                    Platform.webUrl() + "api/media?fileName=" + fileName.replace(" ", "%20")))
            .header("Authorization", "Bearer " + Platform.accessToken(user))
            .header("Content-Type", "application/octet-stream")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Without any login, as a provider or a phone fetches it. */
  private static HttpResponse<byte[]> fetch(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
