package io.cascade.web.callback;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Counts the distinct tokens that name no account, per address and minute, so that guessing is
 * slowed down (each answer beyond {@link #FREE} distinct tokens waits longer) and logged. A
 * provider that keeps retrying a few rotated-away URLs is never slowed, so the good callbacks it
 * sends from the same address are not held up behind them.
 */
@ApplicationScoped
public class BadTokens {

  private static final Logger LOG = Logger.getLogger(BadTokens.class.getName());

  /** Distinct unknown tokens a minute from one address answered at once. */
  static final int FREE = 20;

  private static final long MINUTE = 60_000;
  private static final long MAX_DELAY_MILLIS = 5_000;
  private static final int REMEMBERED_TOKENS = 1_000;

  private static final class Window {
    long start;
    final Set<String> tokens = new HashSet<>();
    int beyond;
  }

  private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

  /**
   * Notes a miss from the address.
   *
   * @return how long to wait before answering it, in milliseconds
   */
  long miss(String address, String provider, String token) {
    long now = System.currentTimeMillis();
    if (byAddress.size() > 100_000) {
      byAddress.clear(); // bounded memory under a spread-out attack; counting starts again
    }
    Window w = byAddress.computeIfAbsent(address, a -> new Window());
    int distinct;
    int beyond;
    synchronized (w) {
      if (now - w.start > MINUTE) {
        w.start = now;
        w.tokens.clear();
        w.beyond = 0;
      }
      if (w.tokens.size() < REMEMBERED_TOKENS) {
        w.tokens.add(token);
      }
      distinct = w.tokens.size();
      beyond = distinct > FREE ? ++w.beyond : 0;
    }
    if (beyond == 0) {
      return 0;
    }
    if (beyond == 1 || beyond % 100 == 0) {
      LOG.warning(
          "Callbacks with unknown tokens from "
              + address
              + " ("
              + provider
              + "): "
              + distinct
              + " distinct tokens in the last minute; answers are slowed down");
    }
    return Math.min(MAX_DELAY_MILLIS, beyond * 100L);
  }
}
