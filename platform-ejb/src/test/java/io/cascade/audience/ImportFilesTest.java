package io.cascade.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

  @TempDir Path folder;

  @Test
  void deletesTheFilesLeftBeforeTheStartAndKeepsThoseOfThisRun() throws IOException {
    Instant start = Instant.now();
    Path leftover = Files.writeString(folder.resolve("upload-1.csv"), "phone\n");
    Files.setLastModifiedTime(leftover, FileTime.from(start.minus(5, ChronoUnit.MINUTES)));
    Path current = Files.writeString(folder.resolve("errors-2.csv"), "line\n");
    Files.setLastModifiedTime(current, FileTime.from(start.plusSeconds(1)));

    int deleted = ImportFiles.deleteWrittenBefore(folder, start);

    assertThat(deleted).isEqualTo(1);
    assertThat(leftover).doesNotExist();
    assertThat(current).exists();
  }

  @Test
  void aMissingFolderHasNothingToDelete() {
    assertThat(ImportFiles.deleteWrittenBefore(folder.resolve("none"), Instant.now())).isZero();
  }
}
