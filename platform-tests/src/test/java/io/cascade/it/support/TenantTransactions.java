package io.cascade.it.support;

import io.cascade.tenancy.TenantContext;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** In-container tests: work in one transaction as one tenant. */
public final class TenantTransactions {

  private TenantTransactions() {}

  /**
   * Runs the work in a new transaction as the tenant; Hibernate fixes the tenant when the session
   * opens, so each tenant needs a transaction of its own.
   */
  public static <T> T as(UserTransaction tx, String tenant, Callable<T> work) throws Exception {
    TenantContext.set(tenant);
    tx.begin();
    try {
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    } finally {
      TenantContext.clear();
    }
  }
}
