package io.cascade.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium (own profile, no cookies) driven by Selenium. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  /** Where the files this browser downloads land (a fresh folder per browser). */
  private final Path downloads;

  public Browser() {
    try {
      downloads = Files.createTempDirectory("browser-downloads-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.setBinary(Chromium.BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    // an ajax update replaces the elements a wait may be reading: look them up again
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** Waits until the browser has saved a download of that name, and gives its text (UTF-8). */
  public String awaitDownload(String fileName) {
    Path file = downloads.resolve(fileName);
    until(
        d ->
            Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement await(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Waits until the element shows {@code part} and returns its whole text, read in the same look
   * (reading it again after the wait could meet an element the next ajax update replaced).
   */
  public String awaitText(By by, String part) {
    return until(
        d -> {
          String text = d.findElement(by).getText();
          return text.contains(part) ? text : null;
        });
  }

  /** Waits until the condition holds; elements replaced meanwhile are looked up again. */
  public <T> T until(Function<WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (TimeoutException e) {
      // what the page showed when the wait gave up, for whoever reads the failed run
      String name = "timeout-" + System.currentTimeMillis();
      screenshot(name);
      try {
        Files.writeString(Path.of("target/screenshots", name + ".html"), driver.getPageSource());
      } catch (IOException | WebDriverException ignored) {
        // the screenshot is kept; the page's source is a bonus
      }
      throw e;
    }
  }

  public void awaitUrlContains(String part) {
    until(ExpectedConditions.urlContains(part));
  }

  public boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Keeps a screenshot in target/screenshots, for a person to look at. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of("target/screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.list(downloads)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(downloads);
    } catch (IOException e) {
      // a leftover in the temp folder is harmless
    }
  }
}
