package io.cascade.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.media.MediaImage;
import io.cascade.domain.media.ProviderMediaId;
import io.cascade.provider.messaggio.MessaggioLimits;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaUrlsTest {

  private final MediaUrls urls = new MediaUrls("https://cascade.example.com/");
  private final UUID id = UUID.fromString("0b6f1c5e-3d4a-4c1e-9a57-2f1d9c0e7b11");

  @Test
  void buildsThePublicUrlWithTheTenantTheIdAndTheName() {
    assertThat(urls.of("acme", id, "summer.png"))
        .isEqualTo("https://cascade.example.com/media/acme/" + id + "/summer.png");
  }

  @Test
  void readsBackOnlyItsOwnUrls() {
    assertThat(urls.parse(urls.of("acme", id, "summer.png")))
        .contains(new MediaUrls.Ref("acme", id, "summer.png"));
    assertThat(urls.parse("https://cdn.example.com/media/acme/" + id + "/summer.png")).isEmpty();
    assertThat(urls.parse("https://cascade.example.com/media/acme/" + id)).isEmpty();
    assertThat(urls.parse("https://cascade.example.com/media/acme/not-a-uuid/a.png")).isEmpty();
    assertThat(urls.parse("https://cascade.example.com/media/acme/" + id + "/../x.png")).isEmpty();
    assertThat(urls.parse(urls.of("acme", id, "%name%.png"))).isEmpty();
    assertThat(urls.parse(null)).isEmpty();
  }

  @Test
  void theImageLimitIsMessaggios() {
    assertThat((long) MediaImage.MAX_BYTES).isEqualTo(MessaggioLimits.IMAGE_MAX_BYTES);
    assertThat(ProviderMediaId.MAX_LENGTH).isEqualTo(MessaggioLimits.IMAGE_ID_MAX);
  }
}
