package io.cascade.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The temporary files of audience imports: uploads waiting for their import, refused rows being
 * collected. They live in a folder of their own under the server's temp folder, so that what a
 * stopped server left behind can be deleted at the next start without touching anything else.
 */
public final class ImportFiles {

  private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

  static final String FOLDER = "cascade-audience-imports";

  private ImportFiles() {}

  /** A new empty file in the imports folder, named {@code kind-<random>.csv}. */
  public static Path create(String kind) throws IOException {
    Path folder = Files.createDirectories(folder());
    return Files.createTempFile(folder, kind + "-", ".csv");
  }

  /**
   * A new empty file of one tenant's, named {@code kind-<tenant digest>-<random>.csv}: a screen may
   * keep its name, and {@link #ofTenant} gives it back to that tenant only.
   */
  public static Path createFor(String kind, String tenant) throws IOException {
    return create(kind + "-" + digest(tenant));
  }

  /**
   * The file of a name {@link #createFor} gave the tenant.
   *
   * @throws IllegalArgumentException for any other name: another kind, another tenant's, a path
   */
  public static Path ofTenant(String name, String kind, String tenant) {
    String prefix = kind + "-" + digest(tenant) + "-";
    if (name == null
        || !name.startsWith(prefix)
        || !name.substring(prefix.length()).matches("[0-9]+\\.csv")) {
      throw new IllegalArgumentException("Not a " + kind + " file of this tenant: " + name);
    }
    return folder().resolve(name);
  }

  private static String digest(String tenant) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(tenant.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** The server's temp folder (WildFly's, else Java's), then ours. */
  static Path folder() {
    String temp = System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(temp, FOLDER);
  }

  /**
   * Deletes the files of the folder last written before the given time; later ones belong to work
   * of this run. Returns how many went.
   */
  static int deleteWrittenBefore(Path folder, Instant before) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FileTime limit = FileTime.from(before);
    int deleted = 0;
    for (Path file : files) {
      try {
        if (Files.getLastModifiedTime(file).compareTo(limit) < 0 && Files.deleteIfExists(file)) {
          deleted++;
        }
      } catch (IOException e) {
        LOG.warning(() -> "Could not delete the leftover " + file + ": " + e.getMessage());
      }
    }
    return deleted;
  }

  public static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
    }
  }
}
