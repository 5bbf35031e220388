package io.cascade.simulator.message;

import io.cascade.simulator.Provider;
import java.util.EnumMap;
import java.util.Map;

/** The outcome ratios in force: one default and optional per-provider overrides. */
public final class OutcomeTable {
  private final Outcomes initial;
  private volatile Outcomes defaults;
  private final Map<Provider, Outcomes> perProvider = new EnumMap<>(Provider.class);

  public OutcomeTable(Outcomes initial) {
    this.initial = initial;
    this.defaults = initial;
  }

  public synchronized Outcomes get(Provider provider) {
    return perProvider.getOrDefault(provider, defaults);
  }

  /** Sets the default ({@code provider == null}) or one provider's ratios. */
  public synchronized void set(Provider provider, Outcomes outcomes) {
    if (provider == null) {
      defaults = outcomes;
      perProvider.clear();
    } else {
      perProvider.put(provider, outcomes);
    }
  }

  public synchronized Map<String, Outcomes> view() {
    Map<String, Outcomes> out = new java.util.LinkedHashMap<>();
    out.put("default", defaults);
    perProvider.forEach((p, o) -> out.put(p.pathName(), o));
    return out;
  }

  public synchronized void reset() {
    defaults = initial;
    perProvider.clear();
  }
}
