package io.cascade.simulator.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cascade.simulator.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator decided for every message it accepted since the last reset, per provider:
 * messages, final outcomes, the outcome of each hop of the cascade tried, and the planned seen,
 * clicked and replied messages. A hop that failed before the cascade fell back counts as
 * UNDELIVERED: the providers report nothing else for it. Counted in fixed arrays of {@link
 * LongAdder} indexed by provider, hop, channel and outcome: no key to build, no lock, cheap under
 * contention; a reset swaps in fresh counters.
 */
public final class TruthTally {
  /** Every channel a cascade can name; a cascade repeats none, so it has at most this many hops. */
  static final List<String> CHANNELS = List.of("push", "viber", "sms", "whatsapp");

  private static final int PROVIDERS = Provider.values().length;
  private static final int HOPS = CHANNELS.size();
  private static final Outcome[] OUTCOMES = Outcome.values();

  private volatile Counts counts = new Counts();

  /** Tallies one accepted message. */
  public void record(Provider provider, Plan plan) {
    counts.record(provider.ordinal(), plan);
  }

  public void reset() {
    counts = new Counts();
  }

  /** The tally of one provider, or of all ({@code provider == null}), keyed by provider name. */
  public Map<String, View> view(Provider provider) {
    Counts now = counts;
    Map<String, View> out = new LinkedHashMap<>();
    for (Provider p : Provider.values()) {
      if (provider == null || provider == p) {
        out.put(p.pathName(), now.view(p.ordinal()));
      }
    }
    return out;
  }

  /**
   * One provider's tally in the control API: {@code hops} keyed {@code "1:viber"} (1-based position
   * in the message's channels, then the channel), only hops tried by some message.
   */
  public record View(
      long messages,
      @JsonProperty("final") Map<Outcome, Long> finals,
      Map<String, Map<Outcome, Long>> hops,
      long seen,
      long clicked,
      long replied) {}

  private static final class Counts {
    private final LongAdder[] messages = adders(PROVIDERS);
    private final LongAdder[] finals = adders(PROVIDERS * OUTCOMES.length);
    private final LongAdder[] hops = adders(PROVIDERS * HOPS * CHANNELS.size() * OUTCOMES.length);
    private final LongAdder[] seen = adders(PROVIDERS);
    private final LongAdder[] clicked = adders(PROVIDERS);
    private final LongAdder[] replied = adders(PROVIDERS);

    void record(int provider, Plan plan) {
      messages[provider].increment();
      finals[provider * OUTCOMES.length + plan.outcome().ordinal()].increment();
      List<String> channels = plan.channels();
      for (int hop = 0; hop <= plan.hop() && hop < HOPS; hop++) {
        int channel = CHANNELS.indexOf(channels.get(hop));
        if (channel >= 0) {
          Outcome outcome = hop < plan.hop() ? Outcome.UNDELIVERED : plan.outcome();
          hops[hopIndex(provider, hop, channel, outcome.ordinal())].increment();
        }
      }
      if (plan.seenAt() > 0) {
        seen[provider].increment();
      }
      if (plan.clicks() > 0) {
        clicked[provider].increment();
      }
      if (plan.replyAt() > 0) {
        replied[provider].increment();
      }
    }

    View view(int provider) {
      Map<Outcome, Long> finalCounts = new LinkedHashMap<>();
      for (Outcome outcome : OUTCOMES) {
        finalCounts.put(outcome, finals[provider * OUTCOMES.length + outcome.ordinal()].sum());
      }
      Map<String, Map<Outcome, Long>> hopCounts = new LinkedHashMap<>();
      for (int hop = 0; hop < HOPS; hop++) {
        for (int channel = 0; channel < CHANNELS.size(); channel++) {
          Map<Outcome, Long> byOutcome = new LinkedHashMap<>();
          long total = 0;
          for (Outcome outcome : OUTCOMES) {
            long n = hops[hopIndex(provider, hop, channel, outcome.ordinal())].sum();
            byOutcome.put(outcome, n);
            total += n;
          }
          if (total > 0) {
            hopCounts.put((hop + 1) + ":" + CHANNELS.get(channel), byOutcome);
          }
        }
      }
      return new View(
          messages[provider].sum(),
          finalCounts,
          hopCounts,
          seen[provider].sum(),
          clicked[provider].sum(),
          replied[provider].sum());
    }

    private static int hopIndex(int provider, int hop, int channel, int outcome) {
      return ((provider * HOPS + hop) * CHANNELS.size() + channel) * OUTCOMES.length + outcome;
    }

    private static LongAdder[] adders(int n) {
      LongAdder[] out = new LongAdder[n];
      for (int i = 0; i < n; i++) {
        out[i] = new LongAdder();
      }
      return out;
    }
  }
}
