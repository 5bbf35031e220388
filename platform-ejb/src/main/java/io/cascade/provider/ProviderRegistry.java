package io.cascade.provider;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.provider.decisiontelecom.DecisionTelecomModule;
import io.cascade.provider.hyber.HyberModule;
import io.cascade.provider.messaggio.MessaggioModule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one place that maps a provider to its client, its limits and its capabilities. Code outside
 * {@code io.cascade.provider} asks here and never names a provider's classes (an architecture test
 * checks it).
 */
public final class ProviderRegistry {

  private static final Map<ProviderKind, ProviderModule> MODULES =
      new EnumMap<>(ProviderKind.class);

  static {
    for (ProviderModule module :
        List.of(new HyberModule(), new MessaggioModule(), new DecisionTelecomModule())) {
      MODULES.put(module.kind(), module);
    }
    for (ProviderKind kind : ProviderKind.values()) {
      if (!MODULES.containsKey(kind)) {
        throw new ExceptionInInitializerError("No provider module for " + kind);
      }
    }
  }

  private ProviderRegistry() {}

  public static ProviderModule module(ProviderKind kind) {
    return MODULES.get(kind);
  }

  public static ProviderCapabilities capabilities(ProviderKind kind) {
    return module(kind).capabilities();
  }

  /** The providers whose capabilities pass the test, in the enum's order. */
  public static List<ProviderKind> having(Predicate<ProviderCapabilities> test) {
    return MODULES.values().stream()
        .filter(m -> test.test(m.capabilities()))
        .map(ProviderModule::kind)
        .toList();
  }
}
