package io.cascade.provider.messaggio;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The MD5 signatures of seed 004, sections 1.3 and 3. */
public final class MessaggioSign {

  /**
   * The media example of seed 004 shows the file's MD5 in upper-case hex inside the signed string
   * ({@code onvUser03806EA9F48D2A9196C1CEAAED832EC64GD2dh5FAa032}); we follow the example.
   */
  public static final boolean MEDIA_FILE_HASH_UPPER_CASE = true;

  private MessaggioSign() {}

  /**
   * {@code md5(user + from + phone... + txt + secret_key)}, lower-case hex; several phones are
   * concatenated in the order sent, and a missing {@code txt} is simply left out.
   */
  public static String bulk(
      String user, String from, List<String> phones, String txt, String secret) {
    return bulk(user, from, phones, txt, secret, StandardCharsets.UTF_8);
  }

  /** The bulk signature over the bytes in the charset the form is sent in. */
  public static String bulk(
      String user, String from, List<String> phones, String txt, String secret, Charset charset) {
    StringBuilder s = new StringBuilder().append(user).append(from);
    phones.forEach(s::append);
    if (txt != null) {
      s.append(txt);
    }
    return md5Hex(s.append(secret).toString().getBytes(charset));
  }

  /** {@code md5(login + md5(binary_image_file) + secret_key)}. */
  public static String media(String login, byte[] image, String secret) {
    return mediaFromFileHash(login, md5Hex(image), secret);
  }

  static String mediaFromFileHash(String login, String fileMd5Hex, String secret) {
    String fileHash =
        MEDIA_FILE_HASH_UPPER_CASE
            ? fileMd5Hex.toUpperCase(Locale.ROOT)
            : fileMd5Hex.toLowerCase(Locale.ROOT);
    return md5Hex((login + fileHash + secret).getBytes(StandardCharsets.UTF_8));
  }

  public static String md5Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
  }
}
