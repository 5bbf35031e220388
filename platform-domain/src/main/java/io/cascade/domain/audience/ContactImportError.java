package io.cascade.domain.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A row an import refused: its line in the file, why, and the row as it was. Written in bulk. */
@Entity
@Immutable
@Table(name = "contact_import_error")
public class ContactImportError {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "import_id", nullable = false)
  private UUID importId;

  @Column(nullable = false)
  private long line;

  @Column(nullable = false)
  private String reason;

  @Column private String raw;

  /** The reason as a message key and values (JSON), to show it in the viewer's language. */
  @Column(name = "reason_text")
  private String reasonText;

  protected ContactImportError() {}

  public UUID getImportId() {
    return importId;
  }

  public long getLine() {
    return line;
  }

  public String getReason() {
    return reason;
  }

  public String getReasonText() {
    return reasonText;
  }

  public String getRaw() {
    return raw;
  }
}
