package io.cascade.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaImageTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
  static final byte[] JPG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
  static final byte[] GIF = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

  @Test
  void recognisesJpgPngAndGifByTheirFirstBytes() {
    assertThat(ImageFormat.detect(PNG)).contains(ImageFormat.PNG);
    assertThat(ImageFormat.detect(JPG)).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.detect(GIF)).contains(ImageFormat.GIF);
    assertThat(ImageFormat.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(ImageFormat.detect(new byte[] {(byte) 0x89, 'P'})).isEmpty();
  }

  @Test
  void keepsAnImageWithItsRealContentTypeAndASafeNameEndingInItsFormat() {
    MediaImage image = new MediaImage("C:\\Users\\olena\\Літо 2026 (final).JPEG.png", JPG);
    assertThat(image.getContentType()).isEqualTo("image/jpeg");
    assertThat(image.getFileName()).isEqualTo("2026-final-.JPEG.jpg");
    assertThat(image.getSizeBytes()).isEqualTo(JPG.length);
    assertThat(image.getId()).isNotNull();
  }

  @Test
  void aNameWithNothingUsableBecomesImage() {
    assertThat(MediaImage.safeName("/tmp/Літо.png", ImageFormat.PNG)).isEqualTo("image.png");
    assertThat(MediaImage.safeName(null, ImageFormat.GIF)).isEqualTo("image.gif");
    assertThat(MediaImage.safeName("a".repeat(300) + ".png", ImageFormat.PNG)).hasSize(100);
  }

  @Test
  void refusesAFileThatIsNotAnImageSayingWhatToUpload() {
    byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new MediaImage("offer.pdf", pdf))
        .isInstanceOf(InvalidImageException.class)
        .hasMessageContaining("\"offer.pdf\" is not a JPG, PNG or GIF image");
    byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new MediaImage("photo.png", text))
        .hasMessageContaining("\"photo.png\" is not a JPG, PNG or GIF image");
  }

  @Test
  void refusesAnEmptyFileAndOneOverTwentyMegabytes() {
    assertThatThrownBy(() -> new MediaImage("a.png", new byte[0]))
        .isInstanceOf(InvalidImageException.class)
        .hasMessageContaining("empty");
    byte[] big = new byte[MediaImage.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    assertThatThrownBy(() -> new MediaImage("big.png", big))
        .isInstanceOf(InvalidImageException.class)
        .hasMessageContaining("20.0 MB")
        .hasMessageContaining("at most 20 MB");
    assertThat(new MediaImage("max.png", java.util.Arrays.copyOf(big, MediaImage.MAX_BYTES)))
        .isNotNull();
  }
}
