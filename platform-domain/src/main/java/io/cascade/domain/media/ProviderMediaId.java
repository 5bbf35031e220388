package io.cascade.domain.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The id a provider account gave one of our images when it was uploaded there (Messaggio's {@code
 * image_id}). Ids belong to the provider login that uploaded the file, so there is one per image
 * and account; it is kept so that an image is uploaded once per account, not once per send.
 */
@Entity
@Table(name = "media_provider_id")
public class ProviderMediaId {

  /** Messaggio's {@code image_id} is at most 64 characters. */
  public static final int MAX_LENGTH = 64;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "media_image_id", nullable = false, updatable = false)
  private UUID imageId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "provider_media_id", nullable = false, updatable = false)
  private String providerMediaId;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected ProviderMediaId() {}

  public ProviderMediaId(UUID imageId, UUID accountId, String providerMediaId) {
    this.id = UUID.randomUUID();
    this.imageId = Objects.requireNonNull(imageId, "imageId");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    if (providerMediaId == null
        || providerMediaId.isBlank()
        || providerMediaId.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "A provider media id has 1 to " + MAX_LENGTH + " characters: " + providerMediaId);
    }
    this.providerMediaId = providerMediaId;
    this.uploadedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public UUID getImageId() {
    return imageId;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public String getProviderMediaId() {
    return providerMediaId;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
