package io.cascade.provider;

import io.cascade.domain.message.Recipient;
import java.time.Duration;
import java.util.List;

/** What became of one recipient of a {@link SendRequest}, keyed by our own message id. */
public sealed interface SendOutcome {

  String messageId();

  /**
   * The provider took the message. {@code providerMessageId} is null when the provider answered
   * with a campaign {@code jobId} only (Hyber async batch).
   */
  record Accepted(String messageId, String providerMessageId, String jobId)
      implements SendOutcome {}

  /** Refused for good: sending the same again will fail the same way. */
  record Rejected(String messageId, String code, String text) implements SendOutcome {}

  /**
   * The provider refused the account, not this recipient (credentials refused, balance exhausted):
   * nothing more can be sent through the account until a person acts, so dispatch pauses the
   * campaign with this code and text instead of failing every recipient.
   */
  record Halt(String messageId, String code, String text) implements SendOutcome {}

  /**
   * The request may have reached the provider, but no answer came back (a read timeout, a
   * connection lost after sending): sending it again could send it twice. Dispatch reconciles where
   * the provider can tell, and otherwise leaves it for a person to decide.
   */
  record Unknown(String messageId, String text) implements SendOutcome {}

  /**
   * What became of a request that got no answer: {@link Retryable} when it never left (no
   * connection could be made), {@link Unknown} when it may have reached the provider.
   */
  static List<SendOutcome> unanswered(
      List<Recipient> sent, String provider, Exception cause, Duration retryAfter) {
    if (neverLeft(cause)) {
      return Retryable.noAnswer(sent, provider, cause, retryAfter);
    }
    String text = "No answer from " + provider + " after sending: " + cause.getMessage();
    return sent.stream().<SendOutcome>map(r -> new Unknown(r.messageId(), text)).toList();
  }

  /** The connection was never made, so nothing was sent. */
  private static boolean neverLeft(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (t instanceof java.net.ConnectException
          || t instanceof java.net.UnknownHostException
          || t instanceof java.net.NoRouteToHostException
          || name.endsWith(".ConnectTimeoutException")
          || name.endsWith(".HttpHostConnectException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Failed for a passing reason; try again after {@code retryAfter}. */
  record Retryable(String messageId, String code, String text, Duration retryAfter)
      implements SendOutcome {

    /** Code of a request the provider never answered (refused connection, timeout). */
    public static final String NO_ANSWER = "IO";

    /** The request never left (no connection): each recipient may be sent again as it is. */
    public static List<SendOutcome> noAnswer(
        List<Recipient> sent, String provider, Exception cause, Duration retryAfter) {
      String text = "No answer from " + provider + ": " + cause.getMessage();
      return sent.stream()
          .<SendOutcome>map(r -> new Retryable(r.messageId(), NO_ANSWER, text, retryAfter))
          .toList();
    }
  }
}
