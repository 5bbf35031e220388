package io.cascade.audience;

import io.cascade.message.PhoneNumber;
import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantProfileService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tenant's suppression list: numbers that opted out. Staff add and remove them by hand or by
 * CSV; dispatch asks {@link #isSuppressed} (or runs {@link #SUPPRESSED_PHONES_JPQL}) before
 * sending.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER})
public class SuppressionService {

  /** The suppressed phones of the current tenant (E.164), for a dispatch query's "not in". */
  public static final String SUPPRESSED_PHONES_JPQL = "select s.phone from SuppressedPhone s";

  @PersistenceContext private EntityManager em;
  @EJB private TenantProfileService profiles;

  /** What a CSV import of the suppression list did. */
  public record ImportOutcome(long added, long alreadyThere, long refused) {}

  /** Suppresses a number as typed (the tenant's region for numbers without country code). */
  public SuppressedPhone add(String phone, String reason) {
    PhoneNumber number = PhoneNumber.parse(phone, profiles.current().getPhoneRegion());
    return find(number).orElseGet(() -> persist(number, reason));
  }

  public void remove(UUID id) {
    SuppressedPhone found = id == null ? null : em.find(SuppressedPhone.class, id);
    if (found == null) {
      throw new AudienceNotFoundException("suppressed number", id);
    }
    em.remove(found);
  }

  /** True when the current tenant's suppression list has the number; for dispatch. */
  @PermitAll
  public boolean isSuppressed(PhoneNumber phone) {
    return find(phone).isPresent();
  }

  public long count() {
    return em.createQuery("select count(s) from SuppressedPhone s", Long.class).getSingleResult();
  }

  /** A page of the list, by phone. */
  public List<SuppressedPhone> page(int first, int max) {
    return em.createQuery("select s from SuppressedPhone s order by s.phone", SuppressedPhone.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Adds the numbers of a CSV file (its phone-like column, or its only column); numbers already on
   * the list stay as they are. Meant for opt-out lists of thousands, not millions.
   */
  public ImportOutcome importCsv(Path file) throws IOException {
    ContactCsv.Header header = ContactCsv.readHeader(file);
    String region = profiles.current().getPhoneRegion();
    Set<String> known =
        new HashSet<>(em.createQuery(SUPPRESSED_PHONES_JPQL, String.class).getResultList());
    long[] added = {0};
    long[] already = {0};
    ContactCsv.Result result;
    try (InputStream in = Files.newInputStream(file)) {
      result =
          ContactCsv.read(
              in,
              header,
              header.suggestedPhoneColumn(),
              List.of(),
              region,
              new ContactCsv.Sink() {
                @Override
                public void contact(long line, PhoneNumber phone, Map<String, String> variables) {
                  if (known.add(phone.e164())) {
                    persist(phone, null);
                    added[0]++;
                  } else {
                    already[0]++;
                  }
                }

                @Override
                public void refused(long line, String reason, String row) {}
              });
    }
    return new ImportOutcome(added[0], already[0], result.refused());
  }

  /** Writes the whole list as CSV: phone, reason, added. */
  public void writeCsv(Writer out) throws IOException {
    CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader("phone", "reason", "added").get());
    try (var rows =
        em.createQuery("select s from SuppressedPhone s order by s.phone", SuppressedPhone.class)
            .getResultStream()) {
      for (SuppressedPhone row : (Iterable<SuppressedPhone>) rows::iterator) {
        csv.printRecord(
            row.getPhone().e164(),
            AudienceService.neutralised(row.getReason()),
            row.getCreatedAt());
      }
    }
    csv.flush();
  }

  private java.util.Optional<SuppressedPhone> find(PhoneNumber phone) {
    return em.createQuery(
            "select s from SuppressedPhone s where s.phone = :phone", SuppressedPhone.class)
        .setParameter("phone", phone.e164())
        .getResultStream()
        .findFirst();
  }

  private SuppressedPhone persist(PhoneNumber phone, String reason) {
    SuppressedPhone suppressed = new SuppressedPhone(phone, reason);
    em.persist(suppressed);
    return suppressed;
  }
}
