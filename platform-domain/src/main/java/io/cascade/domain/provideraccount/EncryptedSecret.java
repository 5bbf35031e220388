package io.cascade.domain.provideraccount;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secret as it is stored: AES-GCM output (IV + ciphertext + tag) and the id of the key that made
 * it, so keys can be rotated. The clear value never lives in an entity.
 */
@Embeddable
public class EncryptedSecret {

  /** What screens and REST replies show in place of any secret. */
  public static final String MASK = "••••••••";

  @Column(name = "secret_ciphertext", nullable = false)
  private byte[] ciphertext;

  @Column(name = "secret_key_id", nullable = false, length = 32)
  private String keyId;

  protected EncryptedSecret() {}

  public EncryptedSecret(byte[] ciphertext, String keyId) {
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    this.keyId = Objects.requireNonNull(keyId, "keyId");
  }

  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  public String keyId() {
    return keyId;
  }

  /**
   * The masked form of a secret: the same for every value, so not even its length shows; empty when
   * there is none.
   */
  public static String mask(Object secret) {
    if (secret == null || (secret instanceof CharSequence s && s.isEmpty())) {
      return "";
    }
    return MASK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptedSecret other
        && keyId.equals(other.keyId)
        && Arrays.equals(ciphertext, other.ciphertext);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "EncryptedSecret[keyId=" + keyId + "]";
  }
}
