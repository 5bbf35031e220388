package io.cascade.audience;

import io.cascade.domain.audience.AudienceNotFoundException;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.ImportStatus;
import io.cascade.domain.shared.LocalizedText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The stored progress of imports. Each change commits on its own, so the page and the REST API see
 * it while the import still runs; the caller has set the tenant (Hibernate filters by it).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

  @PersistenceContext private EntityManager em;

  /** Stores a new import, committed before the background work looks for it. */
  public ContactImport create(ContactImport contactImport) {
    em.persist(contactImport);
    return contactImport;
  }

  public void reading(UUID importId, long bytesRead, long rowsRead, long errors) {
    find(importId).reading(bytesRead, rowsRead, errors);
  }

  public void merging(UUID importId, long rowsRead, long errors) {
    find(importId).merging(rowsRead, errors);
  }

  public void complete(UUID importId, long imported, long duplicates) {
    find(importId).complete(imported, duplicates);
  }

  /** The file was read only up to a line; see {@link ContactImport#completePartly}. */
  public void completePartly(
      UUID importId,
      long imported,
      long duplicates,
      long unreadFromLine,
      long rowsNotRead,
      LocalizedText reason) {
    ContactImport contactImport = find(importId);
    contactImport.completePartly(
        imported, duplicates, unreadFromLine, rowsNotRead, reason.toString());
    contactImport.keepFailureText(StoredText.write(reason));
  }

  public void fail(UUID importId, LocalizedText reason) {
    ContactImport contactImport = find(importId);
    contactImport.fail(reason.toString());
    contactImport.keepFailureText(StoredText.write(reason));
  }

  /**
   * The tenants with imports still marked running on this node (or from before imports named their
   * node), so that startup opens a transaction only for them. Native SQL: it reads across tenants
   * on purpose, which the tenant filter of JPQL would not allow.
   */
  @SuppressWarnings("unchecked")
  public List<String> tenantsWithRunningImports(String node) {
    return em.createNativeQuery(
            "select distinct tenant_id from contact_import where status in ('READING', 'MERGING')"
                + " and (node = ?1 or node is null) order by tenant_id")
        .setParameter(1, node)
        .getResultList();
  }

  /**
   * Settles the current tenant's imports that the given node was running when it stopped (and those
   * from before imports named their node); returns how many.
   */
  public int interrupted(String node) {
    List<ContactImport> running =
        em.createQuery(
                "select i from ContactImport i where i.status in :running"
                    + " and (i.node = :node or i.node is null)",
                ContactImport.class)
            .setParameter("running", List.of(ImportStatus.READING, ImportStatus.MERGING))
            .setParameter("node", node)
            .getResultList();
    running.forEach(ContactImport::interrupted);
    return running.size();
  }

  private ContactImport find(UUID importId) {
    ContactImport found = em.find(ContactImport.class, importId);
    if (found == null) {
      throw new AudienceNotFoundException("import", importId);
    }
    return found;
  }
}
