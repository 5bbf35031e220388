package io.cascade.domain.tenancy;

import io.cascade.domain.reply.OptOutKeywords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * What the platform knows of a tenant: its display name and the defaults used when its staff do not
 * say otherwise (time zone of schedules, region of phone numbers written without a country code).
 * One row per tenant; the tenant id is the Keycloak organization alias.
 */
@Entity
@Table(name = "tenant_profile")
public class TenantProfile {

  public static final int MAX_DISPLAY_NAME = 200;
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "phone_region", nullable = false)
  private String phoneRegion;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The tenant's own opt-out keywords, comma-separated; null for the defaults. */
  @Column(name = "opt_out_keywords")
  private String optOutKeywords;

  @Version private long version;

  protected TenantProfile() {}

  /** A new profile; the tenant id is filled in by Hibernate from the current tenant. */
  public TenantProfile(String displayName, ZoneId timeZone, String phoneRegion) {
    this.id = UUID.randomUUID();
    this.createdAt = Instant.now();
    change(displayName, timeZone, phoneRegion);
  }

  /** Changes the editable fields, refusing values the rest of the platform could not use. */
  public void change(String displayName, ZoneId timeZone, String phoneRegion) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
      throw InvalidProfileException.of("displayName", "displayName.length", MAX_DISPLAY_NAME);
    }
    Objects.requireNonNull(timeZone, "timeZone");
    String region = phoneRegion == null ? "" : phoneRegion.strip().toUpperCase(Locale.ROOT);
    if (!REGIONS.contains(region)) {
      throw InvalidProfileException.of("phoneRegion", "phoneRegion.format");
    }
    this.displayName = name;
    this.timeZone = timeZone.getId();
    this.phoneRegion = region;
  }

  /** The words that, as the whole of a reply, put its number on the suppression list. */
  public OptOutKeywords getOptOutKeywords() {
    return OptOutKeywords.parse(optOutKeywords);
  }

  /** Sets the tenant's own keywords; the defaults' list given back means the defaults. */
  public void changeOptOutKeywords(OptOutKeywords keywords) {
    this.optOutKeywords =
        keywords.words().equals(OptOutKeywords.defaults().words()) ? null : keywords.text();
  }

  public UUID getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public String getPhoneRegion() {
    return phoneRegion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
