package io.cascade.simulator.messaggio;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex MD5, the form both Messaggio signatures use. */
public final class Md5 {
  private Md5() {}

  public static String hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hex(String text, Charset charset) {
    return hex(text.getBytes(charset));
  }
}
