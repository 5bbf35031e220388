package io.cascade.domain.audience;

import io.cascade.domain.message.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A number of the tenant's suppression list: it opted out and must not get campaign messages. */
@Entity
@Table(name = "suppressed_phone")
public class SuppressedPhone {

  public static final int MAX_REASON = 200;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(nullable = false, updatable = false)
  private String phone;

  @Column private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SuppressedPhone() {}

  public SuppressedPhone(PhoneNumber phone, String reason) {
    this.id = UUID.randomUUID();
    this.phone = Objects.requireNonNull(phone, "phone").e164();
    String text = reason == null ? null : reason.strip();
    if (text != null && text.length() > MAX_REASON) {
      throw new InvalidAudienceException("suppressed.reason", MAX_REASON);
    }
    this.reason = text == null || text.isEmpty() ? null : text;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public PhoneNumber getPhone() {
    return new PhoneNumber(phone);
  }

  public String getReason() {
    return reason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
