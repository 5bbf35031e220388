package io.cascade.domain.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One CSV file imported into a list, and how far it got: the import runs in the background and
 * stores its progress here for the page and the REST API to poll.
 */
@Entity
@Table(name = "contact_import")
public class ContactImport {

  /** The most variable columns one import may keep. */
  public static final int MAX_VARIABLES = 50;

  /** Shown for an import the server stopped under: the rows read by then. */
  static final String INTERRUPTED =
      "The server restarted during this import, after %d rows were read; none of them were"
          + " imported, since an import goes in whole or not at all. Upload the file again:"
          + " phones already in the list are merged, not duplicated.";

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "list_id", nullable = false, updatable = false)
  private UUID listId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "phone_column", nullable = false)
  private String phoneColumn;

  /** The variable columns, one per line. */
  @Column(name = "variable_columns", nullable = false)
  private String variableColumns;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportStatus status;

  @Column(name = "bytes_total", nullable = false)
  private long bytesTotal;

  @Column(name = "bytes_read", nullable = false)
  private long bytesRead;

  @Column(name = "rows_read", nullable = false)
  private long rowsRead;

  @Column(name = "rows_imported", nullable = false)
  private long imported;

  @Column(nullable = false)
  private long duplicates;

  @Column(nullable = false)
  private long errors;

  @Column private String failure;

  /** The failure as its message key and values, in the form the service stores; or null. */
  @Column(name = "failure_text")
  private String failureText;

  /** Lines of the file not read when the import could not get past a line (PARTIAL). */
  @Column(name = "rows_not_read", nullable = false)
  private long rowsNotRead;

  /** The first line not read (PARTIAL), or null. */
  @Column(name = "unread_from_line")
  private Long unreadFromLine;

  /** The server (jboss.node.name) that runs the import: after a restart it finds its own. */
  @Column(updatable = false)
  private String node;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ContactImport() {}

  public ContactImport(
      UUID listId,
      String fileName,
      long bytesTotal,
      String phoneColumn,
      List<String> variableColumns,
      String node) {
    this.id = UUID.randomUUID();
    this.node = Objects.requireNonNull(node, "node");
    this.listId = Objects.requireNonNull(listId, "listId");
    this.fileName = fileName;
    this.bytesTotal = bytesTotal;
    if (phoneColumn == null || phoneColumn.isBlank()) {
      throw new InvalidAudienceException("import.noPhoneColumn");
    }
    if (variableColumns.size() > MAX_VARIABLES) {
      throw new InvalidAudienceException("import.tooManyVariables", MAX_VARIABLES);
    }
    if (variableColumns.contains(phoneColumn)) {
      throw new InvalidAudienceException("import.phoneAsVariable", phoneColumn);
    }
    for (String variable : variableColumns) {
      if (!Contact.isVariableName(variable)) {
        throw new InvalidAudienceException(
            "import.variableName", variable, Contact.MAX_VARIABLE_NAME);
      }
    }
    this.phoneColumn = phoneColumn;
    this.variableColumns = String.join("\n", variableColumns);
    this.status = ImportStatus.READING;
    this.startedAt = Instant.now();
  }

  /** Progress while the file is read. */
  public void reading(long bytesRead, long rowsRead, long errors) {
    requireRunning();
    this.bytesRead = bytesRead;
    this.rowsRead = rowsRead;
    this.errors = errors;
  }

  /** The whole file is read; its good rows are being merged into the list. */
  public void merging(long rowsRead, long errors) {
    requireRunning();
    this.status = ImportStatus.MERGING;
    this.bytesRead = bytesTotal;
    this.rowsRead = rowsRead;
    this.errors = errors;
  }

  public void complete(long imported, long duplicates) {
    requireRunning();
    this.status = ImportStatus.COMPLETED;
    this.imported = imported;
    this.duplicates = duplicates;
    this.finishedAt = Instant.now();
  }

  /**
   * The file could be read only up to a line (its encoding failed there for good): the good rows
   * before it went in, the rest was not read. Not COMPLETED, so nobody takes the list for the whole
   * file.
   *
   * @param unreadFromLine the first line not read
   * @param rowsNotRead the lines from there to the end (at least one: else the import is complete)
   * @param reason why, and what to do
   */
  public void completePartly(
      long imported, long duplicates, long unreadFromLine, long rowsNotRead, String reason) {
    requireRunning();
    if (rowsNotRead < 1 || unreadFromLine < 2) {
      throw new IllegalArgumentException(
          "A partial import names the rows it did not read, not "
              + rowsNotRead
              + " from line "
              + unreadFromLine);
    }
    this.status = ImportStatus.PARTIAL;
    this.imported = imported;
    this.duplicates = duplicates;
    this.unreadFromLine = unreadFromLine;
    this.rowsNotRead = rowsNotRead;
    this.failure = reason;
    this.finishedAt = Instant.now();
  }

  public void fail(String reason) {
    requireRunning();
    this.status = ImportStatus.FAILED;
    this.failure = reason;
    this.finishedAt = Instant.now();
  }

  /**
   * The server stopped while this import ran. The importer stores the finish time in the same
   * transaction as the contacts: if it is there, the rows went in and only the status is missing;
   * else nothing of the file was imported.
   */
  public void interrupted() {
    requireRunning();
    if (finishedAt != null) {
      // the lines not read were stored with the contacts, as were the figures
      this.status = rowsNotRead > 0 ? ImportStatus.PARTIAL : ImportStatus.COMPLETED;
      this.bytesRead = bytesTotal;
    } else {
      fail(String.format(INTERRUPTED, rowsRead));
    }
  }

  private void requireRunning() {
    if (status.isFinished()) {
      throw new IllegalStateException("Import " + id + " is already " + status);
    }
  }

  /** Share of the work done, 0 to 100: reading is most of it, merging the rest. */
  public int getPercent() {
    return switch (status) {
      case COMPLETED, PARTIAL, FAILED -> 100;
      case MERGING -> 90;
      case READING -> bytesTotal <= 0 ? 0 : (int) Math.min(89, bytesRead * 90 / bytesTotal);
    };
  }

  public UUID getId() {
    return id;
  }

  public UUID getListId() {
    return listId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getPhoneColumn() {
    return phoneColumn;
  }

  public List<String> getVariableColumns() {
    return variableColumns.isEmpty() ? List.of() : List.of(variableColumns.split("\n"));
  }

  public ImportStatus getStatus() {
    return status;
  }

  public long getBytesTotal() {
    return bytesTotal;
  }

  public long getBytesRead() {
    return bytesRead;
  }

  public long getRowsRead() {
    return rowsRead;
  }

  /** Contacts added or updated in the list. */
  public long getImported() {
    return imported;
  }

  /** Good rows merged into another one with the same phone (the last one wins). */
  public long getDuplicates() {
    return duplicates;
  }

  /**
   * Rows refused (invalid phone, broken CSV, too long, not text), each with its line and reason.
   */
  public long getErrors() {
    return errors;
  }

  public String getNode() {
    return node;
  }

  /** Why the import failed or stopped part-way (English), or null. */
  /**
   * Keeps the failure's message key and values beside its English text, so a screen can show it in
   * its viewer's language.
   *
   * @param storedText the failure in the form the service stores and reads back
   */
  public void keepFailureText(String storedText) {
    if (failure == null) {
      throw new IllegalStateException("Import " + id + " has no failure to describe");
    }
    this.failureText = storedText;
  }

  public String getFailureText() {
    return failureText;
  }

  public String getFailure() {
    return failure;
  }

  /** Lines of the file that were not read (PARTIAL); 0 when the whole file was read. */
  public long getRowsNotRead() {
    return rowsNotRead;
  }

  /** The first line that was not read (PARTIAL), or null. */
  public Long getUnreadFromLine() {
    return unreadFromLine;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
