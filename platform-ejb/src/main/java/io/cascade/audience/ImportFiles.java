package io.cascade.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

  static void deleteQuietly(Path file) {
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
