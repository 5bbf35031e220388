package io.cascade.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo run's encryption key for provider secrets: 32 random bytes, base64, in a file only its
 * owner can read, created on first use and kept across restarts. Its value is never logged.
 */
final class SecretKeyFile {

  private SecretKeyFile() {}

  static String randomKey() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  static String readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, randomKey(), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
          // another start created it first: read that one
        }
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
    }
  }
}
