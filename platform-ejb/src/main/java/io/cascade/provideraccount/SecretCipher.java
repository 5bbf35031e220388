package io.cascade.provideraccount;

import io.cascade.domain.provideraccount.EncryptedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secrets at rest. Each value gets a random 96-bit IV; the stored bytes are {@code
 * version(1) | iv(12) | ciphertext+tag(16)}. The caller's context (e.g. the account id) is bound as
 * associated data, so a value copied to another row does not decrypt. The first key encrypts; the
 * others (previous keys, during a rotation) only decrypt, found by the key id stored beside each
 * value. A key id is a short hash of the key: it names the key without revealing it.
 */
public final class SecretCipher {

  public static final int KEY_BYTES = 32;
  private static final byte FORMAT_VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentKeyId;
  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

  private SecretCipher(List<byte[]> rawKeys) {
    for (byte[] raw : rawKeys) {
      keys.putIfAbsent(keyId(raw), new SecretKeySpec(raw, "AES"));
    }
    this.currentKeyId = keyId(rawKeys.get(0));
  }

  /**
   * From base64 keys of 32 bytes, the current one first.
   *
   * @throws SecretKeyException naming which key is malformed (never its value)
   */
  public static SecretCipher fromBase64(String current, List<String> previous) {
    List<byte[]> raw = new ArrayList<>();
    raw.add(decodeKey("PLATFORM_SECRET_KEY", current));
    for (String p : previous) {
      raw.add(decodeKey("PLATFORM_SECRET_KEY_PREVIOUS", p));
    }
    return new SecretCipher(raw);
  }

  public String currentKeyId() {
    return currentKeyId;
  }

  public EncryptedSecret encrypt(String clear, String context) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
      return new EncryptedSecret(
          ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
              .put(FORMAT_VERSION)
              .put(iv)
              .put(sealed)
              .array(),
          currentKeyId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws SecretKeyException when the value was made with a key not configured here, or was
   *     changed, or belongs to another context
   */
  public String decrypt(EncryptedSecret secret, String context) {
    SecretKeySpec key = keys.get(secret.keyId());
    if (key == null) {
      throw new SecretKeyException(
          "The stored secret was encrypted with key "
              + secret.keyId()
              + ", which is not configured. Enter the secret again, or ask the platform operator"
              + " to configure that key as PLATFORM_SECRET_KEY_PREVIOUS.");
    }
    byte[] stored = secret.ciphertext();
    if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_VERSION) {
      throw new SecretKeyException("The stored secret is damaged. Enter the secret again.");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] clear = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
      return new String(clear, StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SecretKeyException(
          "The stored secret does not decrypt with key "
              + secret.keyId()
              + " (wrong key or changed data). Enter the secret again.");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * A keyed hash (HMAC-SHA-256) of a value that must be found again but never read back, such as a
   * callback token: a copy of the database alone cannot forge it. The HMAC key is derived from the
   * current encryption key and the purpose, so it is never the AES key itself.
   */
  public String keyedHash(String purpose, String value) {
    return keyedHash(keys.get(currentKeyId), purpose, value);
  }

  /** The keyed hash under every configured key, current first: a lookup during a key rotation. */
  public List<String> keyedHashes(String purpose, String value) {
    return keys.values().stream().map(k -> keyedHash(k, purpose, value)).toList();
  }

  private static String keyedHash(SecretKeySpec key, String purpose, String value) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      byte[] purposeKey = derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  static String keyId(byte[] raw) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
      return "k-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decodeKey(String name, String base64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new SecretKeyException(name + " is not valid base64.");
    }
    if (raw.length != KEY_BYTES) {
      throw new SecretKeyException(
          name + " must be the base64 of " + KEY_BYTES + " bytes, was " + raw.length + " bytes.");
    }
    return raw;
  }
}
