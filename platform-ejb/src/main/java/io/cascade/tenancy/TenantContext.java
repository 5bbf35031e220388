package io.cascade.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the work running on this thread. Set once per request by the web layer from the
 * token's organization claim, and explicitly by jobs and startup code, which have no request.
 *
 * <p>Hibernate reads it when a session opens and keeps it for the session's life (the JTA
 * transaction): to work for another tenant, start a new transaction inside {@link #callAs}.
 */
public final class TenantContext {

  /** What Hibernate sees when no tenant is set: matches no row, since no tenant has this id. */
  public static final String NO_TENANT = "-no-tenant-";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Runs the work as the given tenant and restores what was there before. */
  public static <T> T callAs(String tenantId, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(requireValid(tenantId));
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  public static void runAs(String tenantId, Runnable work) {
    callAs(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }

  /** For the request filter, which sets the tenant before the chain and clears it after. */
  public static void set(String tenantId) {
    CURRENT.set(requireValid(tenantId));
  }

  public static void clear() {
    CURRENT.remove();
  }

  private static void restore(String previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  private static String requireValid(String tenantId) {
    if (tenantId == null || tenantId.isBlank() || NO_TENANT.equals(tenantId)) {
      throw new IllegalArgumentException("A tenant id is required, got '" + tenantId + "'");
    }
    return tenantId;
  }
}
