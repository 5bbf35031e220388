package io.cascade.it.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.audience.ContactCsv;
import io.cascade.audience.ContactImporter;
import io.cascade.audience.ImportFiles;
import io.cascade.audience.ImportProgress;
import io.cascade.audience.InterruptedImports;
import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.audience.ImportStatus;
import io.cascade.domain.tenancy.TenantProfile;
import io.cascade.it.support.Deployments;
import io.cascade.it.support.TenantTransactions;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, on the platform's PostgreSQL: what a restart does to imports that were running,
 * and that importing a file again merges rather than duplicates (which the failure text promises).
 */
@ExtendWith(ArquillianExtension.class)
class InterruptedImportsInContainerTest {

  @Deployment
  static WebArchive deployment() {
    return Deployments.audience("audience-it");
  }

  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @EJB InterruptedImports interruptedImports;
  @EJB ImportProgress progress;
  @EJB ContactImporter importer;

  private final String tenant = "it-aud-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void removeTenant() throws Exception {
    as(tenant, () -> em.createQuery("delete from ContactList l").executeUpdate());
    as(tenant, () -> em.createQuery("delete from TenantProfile p").executeUpdate());
  }

  @Test
  void aRestartFailsThisNodesRunningImportsWithWhatToDoAndDeletesLeftoverFiles() throws Exception {
    UUID list = as(tenant, this::profileAndList);
    String node = InterruptedImports.thisNode();
    UUID reading =
        as(
            tenant,
            () -> {
              ContactImport running = newImport(list, node);
              running.reading(10, 40, 2);
              return running.getId();
            });
    UUID merged = as(tenant, () -> newImport(list, node).getId());
    // what the importer commits with the contacts, before the server could mark it completed
    as(
        tenant,
        () ->
            em.createNativeQuery(
                    "update contact_import set rows_imported = 3, finished_at = now()"
                        + " where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant)
                .setParameter(2, merged)
                .executeUpdate());
    UUID elsewhere = as(tenant, () -> newImport(list, "another-node").getId());
    Path leftover = ImportFiles.create("upload");
    Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    Files.setLastModifiedTime(leftover, FileTime.from(serverStart.minusSeconds(60)));
    Path current = ImportFiles.create("upload");

    try {
      interruptedImports.cleanUp();

      ContactImport failed = as(tenant, () -> em.find(ContactImport.class, reading));
      assertThat(failed.getStatus()).isEqualTo(ImportStatus.FAILED);
      assertThat(failed.getFailure())
          .contains("server restarted during this import")
          .contains("40 rows were read; none of them were imported")
          .contains("Upload the file again");
      ContactImport completed = as(tenant, () -> em.find(ContactImport.class, merged));
      assertThat(completed.getStatus()).isEqualTo(ImportStatus.COMPLETED);
      assertThat(completed.getImported()).isEqualTo(3);
      assertThat(as(tenant, () -> em.find(ContactImport.class, elsewhere).getStatus()))
          .isEqualTo(ImportStatus.READING);
      assertThat(leftover).doesNotExist();
      assertThat(current).exists();
    } finally {
      Files.deleteIfExists(leftover);
      Files.deleteIfExists(current);
    }
  }

  @Test
  void importingAFileAgainMergesItsPhonesIntoTheList() throws Exception {
    UUID list = as(tenant, this::profileAndList);

    importFile(list, "phone,name\n+380501234567,Ann\n+380501234568,Bob\n");
    importFile(list, "phone,name\n+380501234568,Robert\n+380501234569,Cy\n");

    List<String> contacts =
        as(
            tenant,
            () ->
                em.createQuery(
                        "select c from Contact c where c.listId = :list order by c.phone",
                        Contact.class)
                    .setParameter("list", list)
                    .getResultStream()
                    .map(c -> c.getPhone().e164() + " " + c.getVariables().get("name"))
                    .toList());
    assertThat(contacts)
        .containsExactly("+380501234567 Ann", "+380501234568 Robert", "+380501234569 Cy");
    assertThat(as(tenant, () -> em.find(ContactList.class, list).getContactCount())).isEqualTo(3);
  }

  private void importFile(UUID list, String csv) throws Exception {
    Path file = ImportFiles.create("upload");
    Files.writeString(file, csv);
    ContactImport started =
        TenantContext.callAs(
            tenant,
            () ->
                progress.create(
                    new ContactImport(
                        list, "people.csv", csv.length(), "phone", List.of("name"), "it")));
    importer.run(
        new ContactImporter.Job(
            tenant,
            started.getId(),
            list,
            file,
            ContactCsv.readHeader(file),
            "phone",
            List.of("name"),
            "UA"));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!as(tenant, () -> em.find(ContactImport.class, started.getId()).getStatus())
        .isFinished()) {
      assertThat(Instant.now()).as("import finished in time").isBefore(deadline);
      Thread.sleep(100);
    }
    assertThat(as(tenant, () -> em.find(ContactImport.class, started.getId()).getStatus()))
        .isEqualTo(ImportStatus.COMPLETED);
    assertThat(file).as("the upload is deleted when the import ends").doesNotExist();
  }

  private UUID profileAndList() {
    em.persist(new TenantProfile("Audience IT", ZoneId.of("UTC"), "UA"));
    ContactList list = new ContactList("Interrupted");
    em.persist(list);
    return list.getId();
  }

  private ContactImport newImport(UUID list, String node) {
    ContactImport contactImport =
        new ContactImport(list, "people.csv", 100, "phone", List.of(), node);
    em.persist(contactImport);
    return contactImport;
  }

  private <T> T as(String tenant, Callable<T> work) throws Exception {
    return TenantTransactions.as(tx, tenant, work);
  }
}
