package io.cascade.simulator.fault;

import io.cascade.simulator.Provider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The active fault rules; the first rule that fires decides. Cheap when there are none. */
public final class Faults {
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  public FaultRule add(
      Provider provider,
      FaultKind kind,
      Long count,
      Double ratio,
      Integer status,
      Long delayMs,
      Boolean process,
      Integer copies) {
    FaultRule rule =
        new FaultRule(
            ids.incrementAndGet(), provider, kind, count, ratio, status, delayMs, process, copies);
    rules.add(rule);
    return rule;
  }

  /** The request-level fault for this request, or null. */
  public FaultRule forRequest(Provider provider) {
    return fire(provider, false);
  }

  /** The per-message callback fault for one message, or null. */
  public FaultRule forMessage(Provider provider) {
    return fire(provider, true);
  }

  private FaultRule fire(Provider provider, boolean perMessage) {
    if (rules.isEmpty()) {
      return null;
    }
    for (FaultRule rule : rules) {
      if (rule.kind().perMessage() == perMessage && rule.tryFire(provider)) {
        if (rule.exhausted()) {
          rules.remove(rule);
        }
        return rule;
      }
    }
    return null;
  }

  public List<FaultRule.View> list() {
    return rules.stream().map(FaultRule::view).toList();
  }

  public boolean remove(long id) {
    return rules.removeIf(r -> r.id() == id);
  }

  public void clear() {
    rules.clear();
  }
}
