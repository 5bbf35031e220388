package io.cascade.domain.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A subscriber's reply, as the provider reported it: kept once however often the provider repeats
 * it, with the campaign and message it answers when the provider named one. Written by the
 * callbacks' applier in SQL; read here (the tenant filter applies).
 */
@Entity
@Immutable
@Table(name = "message_reply")
public class Reply {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "provider", nullable = false)
  private String provider;

  @Column(name = "campaign_id")
  private UUID campaignId;

  @Column(name = "campaign_name")
  private String campaignName;

  @Column(name = "message_id")
  private UUID messageId;

  @Column(name = "phone")
  private String phone;

  @Column(name = "channel")
  private String channel;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "media_url")
  private String mediaUrl;

  @Column(name = "location")
  private String location;

  @Column(name = "opt_out", nullable = false)
  private boolean optOut;

  protected Reply() {}

  public UUID getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getProvider() {
    return provider;
  }

  public UUID getCampaignId() {
    return campaignId;
  }

  public String getCampaignName() {
    return campaignName;
  }

  public UUID getMessageId() {
    return messageId;
  }

  public String getPhone() {
    return phone;
  }

  public String getChannel() {
    return channel;
  }

  public String getText() {
    return text;
  }

  public String getMediaUrl() {
    return mediaUrl;
  }

  /** "latitude,longitude" when the reply was a location. */
  public String getLocation() {
    return location;
  }

  /** The reply was an opt-out keyword: its number went onto the suppression list. */
  public boolean isOptOut() {
    return optOut;
  }
}
