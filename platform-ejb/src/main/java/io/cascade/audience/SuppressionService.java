package io.cascade.audience;

import io.cascade.domain.audience.AudienceNotFoundException;
import io.cascade.domain.audience.SuppressedPhone;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.report.CsvCells;
import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantContext;
import io.cascade.tenancy.TenantProfileService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

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

  /** Refused rows an import reports; the counts cover them all. */
  public static final int REFUSED_SHOWN = 100;

  private static final int COPY_BUFFER = 1 << 16;

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  private DataSource dataSource;

  private static final String REFUSED = "suppression-refused";

  /**
   * What a CSV import of the suppression list did.
   *
   * @param alreadyThere good rows whose number was on the list already, or earlier in the file
   * @param firstRefused the first {@link #REFUSED_SHOWN} refused rows, by line
   * @param stop where reading stopped before the end of the file (the numbers before it were
   *     added), or null when the whole file was read
   * @param refusedFile every refused row as CSV (line, reason, row), for {@link #writeRefused};
   *     null when none was refused
   */
  public record ImportOutcome(
      long added,
      long alreadyThere,
      long refused,
      List<RefusedRow> firstRefused,
      ContactCsv.Stop stop,
      String refusedFile) {}

  /**
   * A row the import could not use: its line in the file and why.
   *
   * @param reason in the viewer's language with {@code reason.in(locale)}; {@code toString()} is
   *     English
   */
  public record RefusedRow(long line, LocalizedText reason, String row) {}

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
    return page(null, first, max);
  }

  /**
   * A page of the numbers whose phone contains the search's digits or whose reason contains it (all
   * for a blank search), by phone.
   */
  public List<SuppressedPhone> page(String search, int first, int max) {
    return searched(
            "select s from SuppressedPhone s", search, " order by s.phone", SuppressedPhone.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many numbers a search finds ({@link #page(String, int, int)}). */
  public long count(String search) {
    return searched("select count(s) from SuppressedPhone s", search, "", Long.class)
        .getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> searched(
      String select, String search, String order, Class<T> type) {
    String text = search == null ? "" : search.strip();
    if (text.isEmpty()) {
      return em.createQuery(select + order, type);
    }
    String digits = text.replaceAll("[^0-9]", "");
    return em.createQuery(
            select
                + " where (:digits <> '' and s.phone like :phone)"
                + " or lower(s.reason) like :reason"
                + order,
            type)
        .setParameter("digits", digits)
        .setParameter("phone", "%" + digits + "%")
        .setParameter("reason", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
  }

  /**
   * Imports an uploaded CSV (see {@link #importCsv(Path, Locale)}); the service keeps the file only
   * while it reads it.
   */
  public ImportOutcome importCsv(InputStream content, Locale language) throws IOException {
    Path file = ImportFiles.create("suppression");
    try {
      Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return importCsv(file, language);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Writes the refused rows of an import ({@link ImportOutcome#refusedFile()}) as CSV. */
  public void writeRefused(String refusedFile, Writer out) throws IOException {
    Path file = ImportFiles.ofTenant(refusedFile, REFUSED, TenantContext.current().orElseThrow());
    try (var in = Files.newBufferedReader(file)) {
      in.transferTo(out);
    }
  }

  /**
   * Adds the numbers of a CSV file (its phone-like column, or its only column; a file of bare
   * numbers without a header is read from its first line); numbers already on the list stay as they
   * are. A column named "reason" is kept as each number's reason. Streams: the good rows go by COPY
   * into a staging table and from there into the list in one statement, so memory stays flat and a
   * million rows take seconds. Refused rows (invalid phone, wrong column count, broken quoting) are
   * counted, the first ones returned and all written to a CSV file for download.
   */
  ImportOutcome importCsv(Path file, Locale language) throws IOException {
    ContactCsv.Header header = ContactCsv.readHeader(file);
    String region = profiles.current().getPhoneRegion();
    String tenant = TenantContext.current().orElseThrow();
    String phoneColumn = header.suggestedPhoneColumn();
    Optional<String> reasonColumn =
        header.columns().stream().filter(c -> c.equalsIgnoreCase("reason")).findFirst();
    List<RefusedRow> refused = new ArrayList<>();
    Path refusedFile = ImportFiles.createFor(REFUSED, tenant);
    long[] refusedRows = {0};
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "create temporary table suppression_staging (tenant_id varchar(64), phone"
                + " varchar(16), reason varchar(200)) on commit drop");
      }
      long good;
      ContactCsv.Result result;
      try (InputStream in = Files.newInputStream(file);
          CSVPrinter refusedCsv =
              new CSVPrinter(
                  Files.newBufferedWriter(refusedFile, StandardCharsets.UTF_8),
                  CSVFormat.DEFAULT.builder().setHeader("line", "reason", "row").get());
          Writer staged =
              new BufferedWriter(
                  new OutputStreamWriter(
                      new PGCopyOutputStream(
                          connection
                              .unwrap(PGConnection.class)
                              .getCopyAPI()
                              .copyIn(
                                  "copy suppression_staging (tenant_id, phone, reason) from stdin"),
                          COPY_BUFFER),
                      StandardCharsets.UTF_8),
                  COPY_BUFFER)) {
        // COPY's text format: tenant, tab, phone (E.164 needs no escapes)
        StringBuilder start = new StringBuilder();
        ContactImporter.copyText(start, tenant);
        String rowStart = start.append('\t').toString();
        // a file of bare numbers: its "header" is the first number
        Optional<PhoneNumber> headerPhone =
            header.columns().size() == 1 ? parsed(phoneColumn, region) : Optional.empty();
        if (headerPhone.isPresent()) {
          staged.append(rowStart).append(headerPhone.get().e164()).append("\t\\N\n");
        }
        result =
            ContactCsv.read(
                in,
                header,
                phoneColumn,
                reasonColumn.map(List::of).orElse(List.of()),
                region,
                new ContactCsv.Sink() {
                  @Override
                  public void contact(long line, PhoneNumber phone, Map<String, String> variables)
                      throws IOException {
                    staged.append(rowStart).append(phone.e164()).append('\t');
                    String why = reasonColumn.map(variables::get).orElse(null);
                    if (why == null || why.isBlank()) {
                      staged.append("\\N");
                    } else {
                      StringBuilder text = new StringBuilder();
                      ContactImporter.copyText(text, cut(why.strip()));
                      staged.append(text);
                    }
                    staged.append('\n');
                  }

                  @Override
                  public void refused(long line, LocalizedText reason, String row)
                      throws IOException {
                    if (refused.size() < REFUSED_SHOWN) {
                      refused.add(new RefusedRow(line, reason, row));
                    }
                    refusedCsv.printRecord(line, reason.in(language), row);
                    refusedRows[0]++;
                  }
                });
        good = result.contacts() + (headerPhone.isPresent() ? 1 : 0);
      }
      long added;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into suppressed_phone (tenant_id, id, phone, reason, created_at)"
                  + " select ?, gen_random_uuid(), phone, reason, now() from"
                  + " (select distinct on (phone) phone, reason from suppression_staging"
                  + " where tenant_id = ? order by phone, reason nulls last) staged"
                  + " on conflict (tenant_id, phone) do nothing")) {
        insert.setString(1, tenant);
        insert.setString(2, tenant);
        added = insert.executeUpdate();
      }
      if (refusedRows[0] == 0) {
        Files.deleteIfExists(refusedFile);
      }
      return new ImportOutcome(
          added,
          good - added,
          result.refused(),
          List.copyOf(refused),
          result.stop(),
          refusedRows[0] == 0 ? null : refusedFile.getFileName().toString());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not import the suppression list", e);
    }
  }

  private static String cut(String reason) {
    return reason.length() <= SuppressedPhone.MAX_REASON
        ? reason
        : reason.substring(0, SuppressedPhone.MAX_REASON);
  }

  private static Optional<PhoneNumber> parsed(String text, String region) {
    try {
      return Optional.of(PhoneNumber.parse(text, region));
    } catch (InvalidContentException e) {
      return Optional.empty();
    }
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
            row.getPhone().e164(), CsvCells.neutralised(row.getReason()), row.getCreatedAt());
      }
    }
    csv.flush();
  }

  private Optional<SuppressedPhone> find(PhoneNumber phone) {
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
