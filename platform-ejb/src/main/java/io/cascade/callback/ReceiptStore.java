package io.cascade.callback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The raw receipts table. Native SQL names the tenant of each row itself (Hibernate filters only
 * JPQL): a receipt's tenant is the one its URL's token names.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReceiptStore {

  @PersistenceContext private EntityManager em;

  /** Stores the receipts in one statement of one transaction. */
  public void insert(List<Receipt> receipts) {
    int n = receipts.size();
    String[] tenants = new String[n];
    UUID[] accounts = new UUID[n];
    String[] providers = new String[n];
    String[] types = new String[n];
    String[] queries = new String[n];
    String[] bodies = new String[n];
    for (int i = 0; i < n; i++) {
      Receipt r = receipts.get(i);
      tenants[i] = r.tenantId();
      accounts[i] = r.accountId();
      providers[i] = r.provider().name();
      types[i] = r.contentType();
      queries[i] = r.query();
      bodies[i] = r.body();
    }
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement st =
                  c.prepareStatement(
                      "insert into callback_receipt"
                          + " (tenant_id, account_id, provider, content_type, query, body)"
                          + " select * from unnest(?::text[], ?::uuid[], ?::text[], ?::text[],"
                          + " ?::text[], ?::text[])")) {
                st.setArray(1, c.createArrayOf("text", tenants));
                st.setArray(2, c.createArrayOf("uuid", accounts));
                st.setArray(3, c.createArrayOf("text", providers));
                st.setArray(4, c.createArrayOf("text", types));
                st.setArray(5, c.createArrayOf("text", queries));
                st.setArray(6, c.createArrayOf("text", bodies));
                st.executeUpdate();
              }
            });
  }
}
