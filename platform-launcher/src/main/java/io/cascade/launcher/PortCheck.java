package io.cascade.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * What holds a local port before the launcher starts a server on it. An open port alone says
 * little: it may be a server still starting, one shutting down (a previous run's), or something
 * else. So a server already there is used only once it has answered its health URL with 200 several
 * times in a row, and is otherwise waited for until a deadline.
 */
final class PortCheck {

  /** What the launcher found on a port. */
  enum State {
    /** Nothing listens: start a server of our own. */
    FREE,
    /** A server answers its health URL with 200, steadily: it may be used. */
    ANSWERS,
    /** Something listens but did not answer 200 (or was not to be used) before the deadline. */
    OCCUPIED
  }

  /**
   * @param lastAnswer for OCCUPIED, the last answer of the health URL ("HTTP 404", "no answer:
   *     ..."), or null when none was asked
   */
  record Verdict(State state, String lastAnswer) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Duration deadline;
  private final Duration interval;
  private final int answersInARow;

  /**
   * @param deadline how long to wait for the port to be freed or for its server to answer
   * @param interval pause between two checks
   * @param answersInARow how many 200 answers in a row make a server usable (a server shutting down
   *     answers once or twice before it goes)
   */
  PortCheck(Duration deadline, Duration interval, int answersInARow) {
    this.deadline = deadline;
    this.interval = interval;
    this.answersInARow = answersInARow;
  }

  Duration deadline() {
    return deadline;
  }

  /**
   * Checks until the deadline: FREE as soon as nothing listens on the port, ANSWERS once the health
   * URL has answered 200 {@code answersInARow} times in a row, OCCUPIED when the deadline comes
   * first.
   */
  Verdict await(int port, String healthUrl) {
    Instant end = Instant.now().plus(deadline);
    int inARow = 0;
    while (true) {
      if (!listening(port)) {
        return new Verdict(State.FREE, null);
      }
      String lastAnswer = ask(healthUrl);
      inARow = lastAnswer.equals("HTTP 200") ? inARow + 1 : 0;
      if (inARow >= answersInARow) {
        return new Verdict(State.ANSWERS, null);
      }
      if (!Instant.now().plus(interval).isBefore(end)) {
        return new Verdict(State.OCCUPIED, lastAnswer);
      }
      ManagedProcess.sleep(interval.toMillis());
    }
  }

  /** Waits until nothing listens on the port: FREE, or OCCUPIED at the deadline. */
  Verdict awaitFree(int port) {
    Instant end = Instant.now().plus(deadline);
    while (listening(port)) {
      if (!Instant.now().plus(interval).isBefore(end)) {
        return new Verdict(State.OCCUPIED, null);
      }
      ManagedProcess.sleep(interval.toMillis());
    }
    return new Verdict(State.FREE, null);
  }

  /** Whether something accepts connections on the port of the loopback address. */
  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String ask(String url) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
    try {
      return "HTTP " + HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (ConnectException e) {
      return "no answer: connection refused";
    } catch (IOException e) {
      return "no answer: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while asking " + url, e);
    }
  }
}
