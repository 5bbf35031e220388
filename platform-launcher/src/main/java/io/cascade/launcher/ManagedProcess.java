package io.cascade.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server started as a child process, its output in a log file, stopped with its children. The
 * child is often a script that runs the server's JVM as its own child (kc.sh, standalone.sh): once
 * healthy, those server processes are watched too, since a script may outlive its server
 * (standalone.sh loops on {@code wait} for ever once its JVM was killed).
 */
public final class ManagedProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static final Map<Integer, String> SIGNALS =
      Map.of(
          1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 6, "SIGABRT", 9, "SIGKILL", 11, "SIGSEGV", 15,
          "SIGTERM");

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** How much of the end of a log is read for its last line. */
  private static final int LOG_TAIL_BYTES = 8192;

  private final String name;
  private final Process process;
  private final Path log;

  private final CompletableFuture<Void> ended = new CompletableFuture<>();

  /** Its process tree as seen healthy, so its children are stopped even when it is gone. */
  private volatile List<ProcessHandle> descendants = List.of();

  /** Its own children as seen healthy: the server processes a script runs. */
  private volatile List<ProcessHandle> serverProcesses = List.of();

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    process.onExit().thenRun(() -> ended.complete(null));
  }

  static ManagedProcess start(
      String name, List<String> command, Path workDir, Map<String, String> env, Path logDir)
      throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(env);
    return new ManagedProcess(name, builder.start(), log);
  }

  /** Waits until the URL answers 200, failing early if the process dies. */
  public void awaitHttpOk(String url, Duration timeout) {
    awaitHttpOk(url, timeout, null);
  }

  /** As above, also failing early when the failure marker file appears. */
  public void awaitHttpOk(String url, Duration timeout, Path failureMarker) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new LaunchException(exitReport(" before answering " + url));
      }
      if (failureMarker != null && Files.exists(failureMarker)) {
        throw new LaunchException(
            name + " failed to deploy " + failureMarker + "; its log: " + log);
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          watchServerProcesses();
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + name, e);
      }
      sleep(500);
    }
    throw new LaunchException(
        name + " did not answer 200 at " + url + " within " + timeout + "; its log: " + log);
  }

  private void watchServerProcesses() {
    descendants = process.descendants().toList();
    serverProcesses = process.children().toList();
    // not our children: the JDK polls them, so this completes within a few seconds of their end
    serverProcesses.forEach(server -> server.onExit().thenRun(() -> ended.complete(null)));
  }

  /** Whether something already answers 200 at the URL. */
  static boolean answersOk(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Completes when the process has exited, or one of the server processes it ran when healthy has,
   * whoever stopped it.
   */
  CompletableFuture<Void> ended() {
    return ended;
  }

  /** How it ended, e.g. "code 3" or "code 137 (killed by signal 9, SIGKILL)"; only once exited. */
  String exitDescription() {
    return describeExit(process.exitValue());
  }

  /**
   * What a person needs when it has exited: name, pid, exit code, log and the log's last line (a
   * wrapper script's exit code can hide the server's: WildFly's standalone.sh exits with 0 when its
   * JVM is killed, and only its log says so).
   *
   * @param when appended to "exited with code N", e.g. " before answering URL"
   */
  String exitReport(String when) {
    String what =
        process.isAlive()
            ? name
                + "'s server process ("
                + endedServerProcess()
                + ") ended"
                + when
                + ", while the script that ran it (pid "
                + process.pid()
                + ") still runs"
            : name + " (pid " + process.pid() + ") exited with " + exitDescription() + when;
    String report = what + "; its log: " + log;
    return lastLogLine().map(line -> report + " (last line: " + line + ")").orElse(report);
  }

  private String endedServerProcess() {
    return serverProcesses.stream()
        .filter(server -> !server.isAlive())
        .map(server -> "pid " + server.pid())
        .findFirst()
        .orElse("pid unknown");
  }

  private Optional<String> lastLogLine() {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(0, file.length() - LOG_TAIL_BYTES);
      byte[] tail = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(tail);
      List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i).strip();
        if (!line.isEmpty()) {
          return Optional.of(line.length() > 300 ? line.substring(0, 300) + "..." : line);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String describeExit(int code) {
    // a process killed by a signal exits, as seen from Java and from a shell, with 128 + signal
    if (code > 128 && code < 128 + 32) {
      int signal = code - 128;
      String signalName = SIGNALS.get(signal);
      return "code "
          + code
          + " (killed by signal "
          + signal
          + (signalName == null ? "" : ", " + signalName)
          + ")";
    }
    return "code " + code;
  }

  /**
   * Stops the process and its children: gracefully, then forcibly after 30 s. The children seen
   * while it was healthy are stopped too: a wrapper script killed on its own leaves its server
   * running. A script whose server processes have all ended is killed at once: standalone.sh would
   * loop on {@code wait} for ever.
   */
  @Override
  public void close() {
    var children =
        Stream.concat(process.descendants(), descendants.stream())
            .distinct()
            .filter(ProcessHandle::isAlive)
            .toList();
    if (!process.isAlive() && children.isEmpty()) {
      return;
    }
    if (serverProcessesEnded()) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    children.forEach(ProcessHandle::destroy);
    awaitExit(children, Instant.now().plus(STOP_TIMEOUT));
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    children.forEach(
        child -> child.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(t -> child).join());
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private boolean serverProcessesEnded() {
    return !serverProcesses.isEmpty() && serverProcesses.stream().noneMatch(ProcessHandle::isAlive);
  }

  /** Until the deadline, or until a short while after all its children have ended. */
  private void awaitExit(List<ProcessHandle> children, Instant deadline) {
    try {
      while (process.isAlive() && Instant.now().isBefore(deadline)) {
        if (!children.isEmpty() && children.stream().noneMatch(ProcessHandle::isAlive)) {
          process.waitFor(2, TimeUnit.SECONDS); // a script exits right after its server, or never
          return;
        }
        process.waitFor(200, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return name;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
