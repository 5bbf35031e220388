package io.cascade.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Headless Chromium for the browser tests: Debian's chromium and chromium-driver, installed here
 * when missing and the machine allows it (root with apt-get), else a failure that says how.
 */
public final class Chromium {

  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

  private Chromium() {}

  static void ensureInstalled() {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    boolean canInstall =
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/bin/apt-get"));
    if (!canInstall) {
      throw new IllegalStateException(
          "The browser tests need Debian's chromium and chromium-driver. Install them with: sudo "
              + INSTALL);
    }
    System.out.println("Installing chromium and chromium-driver for the browser tests...");
    try {
      Process install =
          new ProcessBuilder("bash", "-c", INSTALL + " >/tmp/cascade-chromium-install.log 2>&1")
              .inheritIO()
              .start();
      if (install.waitFor() != 0 || !Files.isExecutable(DRIVER)) {
        throw new IllegalStateException(
            "Installing chromium failed (see /tmp/cascade-chromium-install.log); run: " + INSTALL);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not run apt-get: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
