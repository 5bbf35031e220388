package io.cascade.domain.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An image a tenant uploaded for its messages. The platform keeps the bytes and serves them at a
 * public URL (providers and phones fetch images by URL); the id is random, so the URL cannot be
 * guessed. A kept image never changes: a new file is a new image.
 *
 * <p>The file is checked once, here: it must be a JPG, PNG or GIF by its first bytes and at most
 * {@link #MAX_BYTES}. The name in the URL is made safe (letters, digits, {@code . _ -}) and ends in
 * the extension of the real format.
 */
@Entity
@Table(name = "media_image")
public class MediaImage {

  /** Messaggio's limit, the strictest of the providers that take uploads. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  public static final int NAME_MAX_LENGTH = 100;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected MediaImage() {}

  /**
   * @param originalName the name the browser sent (may carry a path); only used for the URL
   * @throws InvalidImageException when the file is empty, too big or not a JPG, PNG or GIF
   */
  public MediaImage(String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidImageException("image.empty");
    }
    checkSize(content.length);
    ImageFormat format =
        ImageFormat.detect(content)
            .orElseThrow(() -> new InvalidImageException("image.format", baseName(originalName)));
    this.id = UUID.randomUUID();
    this.fileName = safeName(originalName, format);
    this.contentType = format.contentType();
    this.sizeBytes = content.length;
    this.content = content.clone();
    this.createdAt = Instant.now();
  }

  /**
   * Refuses a file over {@link #MAX_BYTES}; callers that know the size before reading the file ask
   * first.
   */
  public static void checkSize(long bytes) {
    if (bytes > MAX_BYTES) {
      throw new InvalidImageException("image.size", megabytes(bytes), MAX_BYTES / (1024 * 1024));
    }
  }

  /**
   * The name for the URL: the last path segment without its extension, every other character than
   * letters, digits, {@code . _ -} made a dash, then the real format's extension.
   */
  static String safeName(String originalName, ImageFormat format) {
    String base = baseName(originalName);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base =
        base.replaceAll("[^A-Za-z0-9._-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    int room = NAME_MAX_LENGTH - format.extension().length() - 1;
    if (base.length() > room) {
      base = base.substring(0, room);
    }
    if (base.isEmpty()) {
      base = "image";
    }
    return base + "." + format.extension();
  }

  private static String baseName(String originalName) {
    String name = originalName == null ? "" : originalName.strip();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  public UUID getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  /** A copy of the bytes. */
  public byte[] getContent() {
    return content.clone();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
