package io.cascade.domain.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A named list of contacts of one tenant; campaigns send to one or more lists. */
@Entity
@Table(name = "contact_list")
public class ContactList {

  public static final int MAX_NAME = 200;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(nullable = false)
  private String name;

  /** Kept by the import, which adds contacts in bulk; reading it costs no count over the list. */
  @Column(name = "contact_count", nullable = false)
  private long contactCount;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ContactList() {}

  public ContactList(String name) {
    this.id = UUID.randomUUID();
    this.createdAt = Instant.now();
    this.name = validName(name);
  }

  static String validName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
      throw new InvalidAudienceException("list.name", MAX_NAME);
    }
    return stripped;
  }

  public UUID getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getName() {
    return name;
  }

  public long getContactCount() {
    return contactCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
