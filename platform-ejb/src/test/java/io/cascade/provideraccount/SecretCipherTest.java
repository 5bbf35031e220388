package io.cascade.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.provideraccount.EncryptedSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static String newKey() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  private final String key = newKey();
  private final SecretCipher cipher = SecretCipher.fromBase64(key, List.of());

  @Test
  void roundTripsAndNeverStoresTheClearValue() {
    EncryptedSecret sealed = cipher.encrypt("s3cr3t-Пароль", "provider-account:1");

    assertThat(cipher.decrypt(sealed, "provider-account:1")).isEqualTo("s3cr3t-Пароль");
    assertThat(sealed.keyId()).isEqualTo(cipher.currentKeyId()).startsWith("k-");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("s3cr3t");
    assertThat(sealed.keyId()).doesNotContain(key);
  }

  @Test
  void theSameValueEncryptsDifferentlyEachTime() {
    assertThat(cipher.encrypt("same", "c").ciphertext())
        .isNotEqualTo(cipher.encrypt("same", "c").ciphertext());
  }

  @Test
  void refusesTamperedCiphertext() {
    EncryptedSecret sealed = cipher.encrypt("secret", "ctx");
    byte[] bytes = sealed.ciphertext();
    bytes[bytes.length - 3] ^= 0x01;

    assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret(bytes, sealed.keyId()), "ctx"))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("wrong key or changed data");
  }

  @Test
  void refusesAValueMovedToAnotherAccount() {
    EncryptedSecret sealed = cipher.encrypt("secret", "provider-account:a");

    assertThatThrownBy(() -> cipher.decrypt(sealed, "provider-account:b"))
        .isInstanceOf(SecretKeyException.class);
  }

  @Test
  void refusesAWrongKey() {
    EncryptedSecret sealed = cipher.encrypt("secret", "ctx");
    SecretCipher other = SecretCipher.fromBase64(newKey(), List.of());

    // unknown key id: says which key is missing
    assertThatThrownBy(() -> other.decrypt(sealed, "ctx"))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining(sealed.keyId())
        .hasMessageNotContaining("secret\"");
    // same key id claimed, different key: the tag does not match
    EncryptedSecret forged = new EncryptedSecret(sealed.ciphertext(), other.currentKeyId());
    assertThatThrownBy(() -> other.decrypt(forged, "ctx"))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("wrong key");
  }

  @Test
  void aPreviousKeyStillDecryptsAfterRotation() {
    EncryptedSecret old = cipher.encrypt("secret", "ctx");
    SecretCipher rotated = SecretCipher.fromBase64(newKey(), List.of(key));

    assertThat(rotated.decrypt(old, "ctx")).isEqualTo("secret");
    assertThat(rotated.encrypt("secret", "ctx").keyId()).isNotEqualTo(old.keyId());
  }

  @Test
  void aKeyedHashIsStableSecretAndFoundUnderThePreviousKeyAfterRotation() {
    String hash = cipher.keyedHash("callback-token", "tok");
    assertThat(hash).hasSize(64).isEqualTo(cipher.keyedHash("callback-token", "tok"));
    assertThat(cipher.keyedHash("other-purpose", "tok")).isNotEqualTo(hash);
    assertThat(SecretCipher.fromBase64(newKey(), List.of()).keyedHash("callback-token", "tok"))
        .as("without the key the hash cannot be made")
        .isNotEqualTo(hash);

    SecretCipher rotated = SecretCipher.fromBase64(newKey(), List.of(key));
    assertThat(rotated.keyedHash("callback-token", "tok")).isNotEqualTo(hash);
    assertThat(rotated.keyedHashes("callback-token", "tok")).hasSize(2).contains(hash);
  }

  @Test
  void refusesMalformedKeysWithoutShowingThem() {
    assertThatThrownBy(() -> SecretCipher.fromBase64("c2hvcnQ=", List.of()))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining("c2hvcnQ");
    assertThatThrownBy(() -> SecretCipher.fromBase64("not base64!", List.of()))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("not valid base64");
  }
}
