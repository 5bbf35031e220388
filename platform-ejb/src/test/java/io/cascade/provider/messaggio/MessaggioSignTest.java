package io.cascade.provider.messaggio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004, sections 1.3 and 3, with the document's own example values. */
class MessaggioSignTest {

  @Test
  void bulkSignIsMd5OfUserFromPhoneTxtSecret() {
    // sign = md5(onvUserSender79041231231hello4Ab2ln4FEa32)
    assertThat(
            MessaggioSign.bulk(
                "onvUser", "Sender", List.of("79041231231"), "hello", "4Ab2ln4FEa32"))
        .isEqualTo("ac748f3290de34c2bd7aec56f3100e29")
        .isEqualTo(
            MessaggioSign.md5Hex(
                "onvUserSender79041231231hello4Ab2ln4FEa32".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void withoutTxtTheTextIsLeftOut() {
    assertThat(
            MessaggioSign.bulk("onvUser", "Sender", List.of("79041231231"), null, "4Ab2ln4FEa32"))
        .isEqualTo(
            MessaggioSign.md5Hex(
                "onvUserSender790412312314Ab2ln4FEa32".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void severalPhonesAreConcatenatedInTheOrderSent() {
    assertThat(MessaggioSign.bulk("u", "f", List.of("1", "2"), "t", "s"))
        .isEqualTo(MessaggioSign.md5Hex("uf12ts".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(MessaggioSign.bulk("u", "f", List.of("2", "1"), "t", "s"));
  }

  @Test
  void mediaSignIsMd5OfLoginFileMd5Secret() {
    // sign = md5(onvUser03806EA9F48D2A9196C1CEAAED832EC64GD2dh5FAa032)
    assertThat(
            MessaggioSign.mediaFromFileHash(
                "onvUser", "03806ea9f48d2a9196c1ceaaed832ec6", "4GD2dh5FAa032"))
        .isEqualTo("442565d4f64e01ad93543fe764c0b03f");
  }

  @Test
  void mediaSignHashesTheFileBytes() {
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    String fileHash = MessaggioSign.md5Hex(image).toUpperCase();
    assertThat(MessaggioSign.media("onvUser", image, "4GD2dh5FAa032"))
        .isEqualTo(
            MessaggioSign.md5Hex(
                ("onvUser" + fileHash + "4GD2dh5FAa032").getBytes(StandardCharsets.UTF_8)));
  }
}
