package io.cascade.simulator.fault;

import java.util.Locale;

/** What goes wrong. The first five hit a request; the last three hit one message's callbacks. */
public enum FaultKind {
  /** Messaggio -4, DecisionTelecom code 2 / 500, Hyber HTTP 503 with an error body. */
  TEMPORARY_ERROR,
  /** Messaggio -6, DecisionTelecom code 0 / 429, Hyber HTTP 429. */
  RATE_LIMIT,
  /** A bare HTTP error status (default 503) as a proxy in front of the provider would give. */
  HTTP_5XX,
  /** The normal answer, after {@code delay_ms}. */
  SLOW,
  /** No answer: the connection is held for {@code delay_ms}, then closed. */
  TIMEOUT,
  /**
   * Every callback of the message is sent {@code copies} times (default 2), each copy at its own
   * random moment, so copies and events of one message arrive shuffled.
   */
  DUPLICATE_CALLBACK,
  /** The message's callbacks arrive newest first, and a stale in-progress status after the last. */
  OUT_OF_ORDER_CALLBACK,
  /** No callback of the message is sent; status queries still tell its state. */
  DROP_CALLBACK;

  public boolean perMessage() {
    return this == DUPLICATE_CALLBACK || this == OUT_OF_ORDER_CALLBACK || this == DROP_CALLBACK;
  }

  /** Accepts the enum names in any case, and Messaggio's own codes "-4" and "-6". */
  public static FaultKind parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return switch (t) {
      case "_4", "MESSAGGIO__4", "MESSAGGIO_4" -> TEMPORARY_ERROR;
      case "_6", "MESSAGGIO__6", "MESSAGGIO_6" -> RATE_LIMIT;
      case "5XX", "HTTP5XX", "HTTP_500", "HTTP_503" -> HTTP_5XX;
      case "DUPLICATE", "DUPLICATE_CALLBACKS" -> DUPLICATE_CALLBACK;
      case "OUT_OF_ORDER", "OUT_OF_ORDER_CALLBACKS" -> OUT_OF_ORDER_CALLBACK;
      case "DROP", "DROP_CALLBACKS" -> DROP_CALLBACK;
      default -> valueOf(t);
    };
  }
}
