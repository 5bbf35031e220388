package io.cascade.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.tenancy.TenantProfile;
import io.cascade.it.support.Deployments;
import io.cascade.it.support.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, on the platform's PostgreSQL: Hibernate's tenant discriminator keeps one tenant's
 * rows out of another tenant's reads, bulk updates and bulk deletes.
 */
@ExtendWith(ArquillianExtension.class)
class TenantDiscriminatorInContainerTest {

  @Deployment
  static WebArchive deployment() {
    return Deployments.tenancy("tenancy-it");
  }

  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final String acme = "it-acme-" + UUID.randomUUID().toString().substring(0, 8);
  private final String globex = "it-globex-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void rowsOfOneTenantAreInvisibleToAnother() throws Exception {
    UUID acmeRow = as(acme, () -> persist("Acme IT"));
    as(globex, () -> persist("Globex IT"));

    assertThat(as(globex, () -> em.find(TenantProfile.class, acmeRow))).isNull();
    assertThat(
            as(
                globex,
                () ->
                    em.createQuery("select p.displayName from TenantProfile p", String.class)
                        .getResultList()))
        .containsExactly("Globex IT");
    assertThat(as(acme, () -> em.find(TenantProfile.class, acmeRow).getDisplayName()))
        .isEqualTo("Acme IT");
  }

  @Test
  void bulkUpdateAndDeleteOfOneTenantLeaveAnotherUntouched() throws Exception {
    UUID acmeRow = as(acme, () -> persist("Acme IT"));
    as(globex, () -> persist("Globex IT"));

    int updated =
        as(
            globex,
            () ->
                em.createQuery("update TenantProfile p set p.displayName = 'Renamed'")
                    .executeUpdate());
    int deleted = as(globex, () -> em.createQuery("delete from TenantProfile p").executeUpdate());

    assertThat(updated).isEqualTo(1);
    assertThat(deleted).isEqualTo(1);
    assertThat(as(acme, () -> em.find(TenantProfile.class, acmeRow).getDisplayName()))
        .isEqualTo("Acme IT");
    as(acme, () -> em.createQuery("delete from TenantProfile p").executeUpdate());
  }

  @Test
  void withoutATenantNothingIsVisible() throws Exception {
    as(acme, () -> persist("Acme IT"));
    tx.begin();
    try {
      assertThat(
              em.createQuery("select p from TenantProfile p", TenantProfile.class).getResultList())
          .isEmpty();
    } finally {
      tx.commit();
    }
    as(acme, () -> em.createQuery("delete from TenantProfile p").executeUpdate());
  }

  private UUID persist(String name) {
    TenantProfile profile = new TenantProfile(name, ZoneId.of("UTC"), "UA");
    em.persist(profile);
    return profile.getId();
  }

  private <T> T as(String tenant, Callable<T> work) throws Exception {
    return TenantTransactions.as(tx, tenant, work);
  }
}
