package io.cascade.audience;

import io.cascade.domain.audience.AudienceNotFoundException;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Runs one CSV import in the background: streams the file row by row into a temporary staging table
 * by PostgreSQL COPY, then merges the staged rows into the list in one statement (the last row of a
 * phone wins) and stores the refused rows. Memory stays flat whatever the file's size.
 *
 * <p>The work runs on a connection of the non-JTA pool, in a local transaction of its own: the rows
 * appear in the list all at once or not at all, and the progress updates (each in a JTA transaction
 * of its own) never mix with it.
 *
 * <p>This is native SQL on tenant-owned tables, which Hibernate does not filter: every statement
 * writes or filters {@code tenant_id} itself, with the tenant given by the caller.
 */
@Stateless
@PermitAll
public class ContactImporter {

  private static final Logger LOG = Logger.getLogger(ContactImporter.class.getName());

  /** How often the stored progress is brought up to date while reading. */
  private static final long PROGRESS_EVERY_MILLIS = 500;

  private static final int COPY_BUFFER = 1 << 16;

  /** Column size of contact_import_error.reason. */
  static final int MAX_REASON = 500;

  /** A refused row is kept up to this length: enough to find it in the file. */
  static final int MAX_ERROR_ROW = 2000;

  @Resource(lookup = "java:jboss/datasources/PlatformNonJtaDS")
  private DataSource dataSource;

  @EJB private ImportProgress progress;

  /**
   * What one import reads, and for whom.
   *
   * @param header the file's first line, with the encoding its rows are read in
   */
  public record Job(
      String tenantId,
      UUID importId,
      UUID listId,
      Path file,
      ContactCsv.Header header,
      String phoneColumn,
      List<String> variableColumns,
      String region) {}

  /** Runs the import on a container thread; its outcome is stored, never thrown. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(Job job) {
    TenantContext.runAs(job.tenantId(), () -> runForTenant(job));
  }

  private void runForTenant(Job job) {
    long started = System.nanoTime();
    try {
      ContactCsv.Result result = copyAndMerge(job);
      ContactCsv.Stop stop = result.stop();
      if (stop == null) {
        progress.complete(job.importId(), result.distinctContacts(), result.duplicates());
      } else {
        progress.completePartly(
            job.importId(),
            result.distinctContacts(),
            result.duplicates(),
            stop.line(),
            stop.linesNotRead(),
            stop.reason());
      }
      LOG.info(
          () ->
              String.format(
                  "Import %s: %d rows, %d contacts, %d duplicates, %d refused, %d lines not read"
                      + " in %d ms",
                  job.importId(),
                  result.rows(),
                  result.distinctContacts(),
                  result.duplicates(),
                  result.refused(),
                  stop == null ? 0 : stop.linesNotRead(),
                  (System.nanoTime() - started) / 1_000_000));
    } catch (IOException | SQLException | RuntimeException e) {
      // a background job has nobody to throw to: the stored import says what went wrong
      LOG.log(Level.WARNING, "Import " + job.importId() + " failed", e);
      progress.fail(
          job.importId(), ContactCsv.text("import.stopped", String.valueOf(e.getMessage())));
    } finally {
      ImportFiles.deleteQuietly(job.file());
    }
  }

  private ContactCsv.Result copyAndMerge(Job job) throws IOException, SQLException {
    Path errorsFile = ImportFiles.create("errors");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        ContactCsv.Result result = stage(connection, job, errorsFile);
        progress.merging(job.importId(), result.rows(), result.refused());
        storeErrors(connection, errorsFile);
        merge(connection, job, result);
        connection.commit();
        return result;
      } catch (IOException | SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } finally {
      ImportFiles.deleteQuietly(errorsFile);
    }
  }

  /** Reads the file into the staging table, and the refused rows into a CSV file beside it. */
  private ContactCsv.Result stage(Connection connection, Job job, Path errorsFile)
      throws IOException, SQLException {
    try (Statement statement = connection.createStatement()) {
      // private to this connection's session and dropped at commit
      statement.execute(
          "create temporary table contact_staging (tenant_id varchar(64), line bigint,"
              + " phone varchar(16), variables jsonb) on commit drop");
    }
    PGConnection pg = connection.unwrap(PGConnection.class);
    try (CountingInputStream in = new CountingInputStream(Files.newInputStream(job.file()));
        Writer staged =
            new BufferedWriter(
                new OutputStreamWriter(
                    new PGCopyOutputStream(
                        pg.getCopyAPI()
                            .copyIn(
                                "copy contact_staging (tenant_id, line, phone, variables) from"
                                    + " stdin"),
                        COPY_BUFFER),
                    StandardCharsets.UTF_8),
                COPY_BUFFER);
        CSVPrinter errorRows =
            new CSVPrinter(
                Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8),
                CSVFormat.POSTGRESQL_CSV)) {
      StringBuilder row = new StringBuilder(256);
      return ContactCsv.read(
          in,
          job.header(),
          job.phoneColumn(),
          job.variableColumns(),
          job.region(),
          new ContactCsv.Sink() {
            private long rows;
            private long refused;
            private long reported = System.currentTimeMillis();

            @Override
            public void contact(long line, PhoneNumber phone, Map<String, String> variables)
                throws IOException {
              row.setLength(0);
              stagingRow(row, job.tenantId(), line, phone.e164(), variables);
              staged.append(row);
              counted();
            }

            @Override
            public void refused(long line, LocalizedText reason, String row) throws IOException {
              // in English for REST and SQL, and as key and values for each viewer's language
              errorRows.printRecord(
                  job.tenantId(),
                  job.importId(),
                  line,
                  clip(reason.toString(), MAX_REASON),
                  clip(row, MAX_ERROR_ROW),
                  StoredText.write(reason));
              refused++;
              counted();
            }

            private void counted() {
              rows++;
              long now = System.currentTimeMillis();
              if (now - reported >= PROGRESS_EVERY_MILLIS) {
                reported = now;
                progress.reading(job.importId(), in.count(), rows, refused);
              }
            }
          });
    }
  }

  private static void storeErrors(Connection connection, Path errorsFile)
      throws IOException, SQLException {
    try (Reader errors = Files.newBufferedReader(errorsFile, StandardCharsets.UTF_8)) {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy contact_import_error (tenant_id, import_id, line, reason, raw, reason_text)"
                  + " from stdin"
                  + " (format csv)",
              errors);
    }
  }

  /**
   * One contact per phone: the file's last row of a phone wins, also over the list's contact. New
   * contacts get ids that grow with their phone (the import's random half, then the phone's
   * digits): they are inserted in phone order, so the primary key index is appended to rather than
   * written all over, which makes the merge about a third faster than random UUIDs.
   *
   * <p>The list's row is locked first ({@code for no key update}, the lock the count update below
   * takes anyway): a second import into the list merges after this one has committed, and deleting
   * the list waits for it, then deletes its contacts too ({@link AudienceService#delete}). The lock
   * stands for the foreign key from contact to contact_list, which PostgreSQL checked for every
   * inserted row (dropped in V10). Into an empty list the rows go by a plain insert: with one row
   * per phone and the list locked, no row can conflict.
   */
  private static void merge(Connection connection, Job job, ContactCsv.Result result)
      throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select contact_count from contact_list where tenant_id = ? and id = ?"
                + " for no key update")) {
      lock.setString(1, job.tenantId());
      lock.setObject(2, job.listId());
      try (ResultSet list = lock.executeQuery()) {
        if (!list.next()) {
          throw new AudienceNotFoundException("contact list", job.listId());
        }
      }
    }
    boolean empty;
    try (PreparedStatement any =
        connection.prepareStatement(
            "select exists (select 1 from contact where tenant_id = ? and list_id = ?)")) {
      any.setString(1, job.tenantId());
      any.setObject(2, job.listId());
      try (ResultSet found = any.executeQuery()) {
        found.next();
        empty = !found.getBoolean(1);
      }
    }
    if (empty) {
      long inserted;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into contact (tenant_id, id, list_id, phone, variables)"
                  + " select ?, (left(replace(?, '-', ''), 16)"
                  + " || lpad(to_hex(substr(phone, 2)::bigint), 16, '0'))::uuid, ?, phone,"
                  + " variables from (select distinct on (phone) phone, variables from"
                  + " contact_staging where tenant_id = ? order by phone, line desc) latest")) {
        inserted = executeMerge(insert, job);
      }
      try (PreparedStatement count =
          connection.prepareStatement(
              "update contact_list set contact_count = ? where tenant_id = ? and id = ?")) {
        count.setLong(1, inserted);
        count.setString(2, job.tenantId());
        count.setObject(3, job.listId());
        count.executeUpdate();
      }
    } else {
      try (PreparedStatement merge =
          connection.prepareStatement(
              "insert into contact (tenant_id, id, list_id, phone, variables)"
                  + " select ?, (left(replace(?, '-', ''), 16)"
                  + " || lpad(to_hex(substr(phone, 2)::bigint), 16, '0'))::uuid, ?, phone,"
                  + " variables from (select distinct on (phone) phone, variables from"
                  + " contact_staging where tenant_id = ? order by phone, line desc) latest"
                  + " on conflict (list_id, phone) do update set variables = excluded.variables")) {
        executeMerge(merge, job);
      }
      try (PreparedStatement count =
          connection.prepareStatement(
              "update contact_list set contact_count = (select count(*) from contact where tenant_id = ?"
                  + " and list_id = ?) where tenant_id = ? and id = ?")) {
        count.setString(1, job.tenantId());
        count.setObject(2, job.listId());
        count.setString(3, job.tenantId());
        count.setObject(4, job.listId());
        count.executeUpdate();
      }
    }
    // the figures and finish time commit with the contacts: after a crash between this commit and
    // the status update, the restarted server sees that the rows went in, and whether the whole
    // file was read (InterruptedImports)
    ContactCsv.Stop stop = result.stop();
    try (PreparedStatement figures =
        connection.prepareStatement(
            "update contact_import set rows_imported = ?, duplicates = ?, rows_not_read = ?, unread_from_line = ?, failure = ?, finished_at = now() where tenant_id = ?"
                + " and id = ?")) {
      figures.setLong(1, result.distinctContacts());
      figures.setLong(2, result.duplicates());
      figures.setLong(3, stop == null ? 0 : stop.linesNotRead());
      figures.setObject(4, stop == null ? null : stop.line(), Types.BIGINT);
      figures.setString(5, stop == null ? null : stop.reason().toString());
      figures.setString(6, job.tenantId());
      figures.setObject(7, job.importId());
      figures.executeUpdate();
    }
  }

  /** Runs one of the two merge statements, which take the same values; the rows it wrote. */
  private static long executeMerge(PreparedStatement merge, Job job) throws SQLException {
    merge.setString(1, job.tenantId());
    merge.setString(2, job.importId().toString());
    merge.setObject(3, job.listId());
    merge.setString(4, job.tenantId());
    return merge.executeUpdate();
  }

  /**
   * Appends one row of the staging table in COPY's text format (the default: tab between columns, a
   * newline after the row), which costs a fraction of a CSV printer's quoting.
   */
  static void stagingRow(
      StringBuilder row, String tenant, long line, String phone, Map<String, String> variables) {
    copyText(row, tenant);
    row.append('\t').append(line).append('\t');
    copyText(row, phone);
    row.append('\t');
    int start = row.length();
    json(row, variables);
    // JSON escapes tabs, newlines and returns: only its backslashes need COPY's escape
    if (row.indexOf("\\", start) >= 0) {
      String json = row.substring(start);
      row.setLength(start);
      copyText(row, json);
    }
    row.append('\n');
  }

  /**
   * Appends a value in COPY's text format: backslash, tab, newline and carriage return are the
   * characters it gives a meaning to, so they are written as {@code \\}, {@code \t}, {@code \n} and
   * {@code \r}.
   */
  static void copyText(StringBuilder out, String value) {
    int plain = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' && c != '\t' && c != '\n' && c != '\r') {
        continue;
      }
      out.append(value, plain, i).append('\\');
      plain = i + 1;
      switch (c) {
        case '\t' -> out.append('t');
        case '\n' -> out.append('n');
        case '\r' -> out.append('r');
        default -> out.append('\\');
      }
    }
    out.append(value, plain, value.length());
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The variables as a JSON object, for the jsonb column. */
  static String json(Map<String, String> variables) {
    return json(new StringBuilder(16 + variables.size() * 24), variables).toString();
  }

  private static StringBuilder json(StringBuilder json, Map<String, String> variables) {
    json.append('{');
    boolean first = true;
    for (var entry : variables.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      quote(json, entry.getKey()).append(':');
      quote(json, entry.getValue());
    }
    return json.append('}');
  }

  /** A JSON string; runs of plain characters are copied at once. */
  private static StringBuilder quote(StringBuilder json, String text) {
    json.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      json.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> json.append(String.format("\\u%04x", (int) c));
      }
    }
    return json.append(text, plain, text.length()).append('"');
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
