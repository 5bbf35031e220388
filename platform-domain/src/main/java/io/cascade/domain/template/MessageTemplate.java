package io.cascade.domain.template;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Placeholders;
import io.cascade.domain.provider.ProviderKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's design of one multichannel message for one target provider: a name, the cascade of
 * channels in order, and each channel's content with {@code %variable%} placeholders.
 *
 * <p>Versions: every version is a row of its own; the versions of one template share a {@code
 * lineageId} and count up in {@code revision}. Once a scheduled or sent campaign uses a version it
 * is {@linkplain #lock() locked}: {@link #revise} refuses to change it, and the service saves the
 * change as {@link #nextVersion} instead, so a campaign never sees its template change under it.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

  public static final int NAME_MAX_LENGTH = 200;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "lineage_id", nullable = false, updatable = false)
  private UUID lineageId;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider", nullable = false)
  private ProviderKind provider;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "message_template_channel",
      joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "position")
  private List<ChannelDraft> channels = new ArrayList<>();

  /** The editor's sample variables ({@code name=value} lines), kept with the design. */
  @Column(name = "sample_variables")
  private String sampleVariables;

  /** The audience whose variables and contacts the editor offers; editor state, not content. */
  @Column(name = "sample_audience_id")
  private UUID sampleAudienceId;

  @Column(name = "locked", nullable = false)
  private boolean locked;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MessageTemplate() {}

  /** A new template, version 1 of its own lineage; the tenant comes from the session. */
  public MessageTemplate(
      String name, ProviderKind provider, List<ChannelDraft> channels, String sampleVariables) {
    this(UUID.randomUUID(), 1, name, provider, channels, sampleVariables);
  }

  private MessageTemplate(
      UUID lineageId,
      int revision,
      String name,
      ProviderKind provider,
      List<ChannelDraft> channels,
      String sampleVariables) {
    this.id = UUID.randomUUID();
    this.lineageId = lineageId;
    this.revision = revision;
    this.createdAt = Instant.now();
    apply(name, provider, channels, sampleVariables);
  }

  /**
   * Changes this version in place.
   *
   * @throws TemplateLockedException when a campaign uses it: save {@link #nextVersion} instead
   */
  public void revise(
      String name, ProviderKind provider, List<ChannelDraft> channels, String sampleVariables) {
    if (locked) {
      throw new TemplateLockedException(this.name, revision);
    }
    apply(name, provider, channels, sampleVariables);
  }

  /**
   * The versioning rule in one place: changes this version when no campaign uses it, else leaves it
   * as it is and makes the next version.
   *
   * @return the version that now holds the design: this one, or a new one to persist
   */
  public MessageTemplate change(
      String name, ProviderKind provider, List<ChannelDraft> channels, String sampleVariables) {
    if (locked) {
      return nextVersion(name, provider, channels, sampleVariables);
    }
    revise(name, provider, channels, sampleVariables);
    return this;
  }

  /** The next version of this template with the given design; this version stays as it is. */
  public MessageTemplate nextVersion(
      String name, ProviderKind provider, List<ChannelDraft> channels, String sampleVariables) {
    return new MessageTemplate(lineageId, revision + 1, name, provider, channels, sampleVariables);
  }

  /** A template of its own (new lineage, version 1, not locked) with this design. */
  public MessageTemplate copyAs(String newName) {
    MessageTemplate copy = new MessageTemplate(newName, provider, channels, sampleVariables);
    copy.sampleAudienceId = sampleAudienceId;
    return copy;
  }

  /**
   * Chooses the audience the editor previews this template with (null: none).
   *
   * @throws TemplateLockedException when a campaign uses this version
   */
  public void previewWith(UUID audienceId) {
    if (locked) {
      throw new TemplateLockedException(name, revision);
    }
    this.sampleAudienceId = audienceId;
  }

  /** A scheduled or sent campaign uses this version: from now on it never changes. */
  public void lock() {
    locked = true;
  }

  private void apply(
      String name, ProviderKind provider, List<ChannelDraft> channels, String sampleVariables) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
      throw new InvalidContentException("template.name", NAME_MAX_LENGTH);
    }
    Objects.requireNonNull(provider, "provider");
    if (channels == null || channels.isEmpty()) {
      throw new InvalidContentException("template.channels.none");
    }
    Set<Channel> seen = EnumSet.noneOf(Channel.class);
    for (ChannelDraft draft : channels) {
      if (!seen.add(draft.getChannel())) {
        throw new InvalidContentException("channel.twice", draft.getChannel());
      }
    }
    this.name = trimmed;
    this.provider = provider;
    this.channels.clear();
    channels.forEach(c -> this.channels.add(c.copy()));
    this.sampleVariables = sampleVariables;
    this.updatedAt = Instant.now();
  }

  /**
   * The cascade as domain content.
   *
   * @throws InvalidContentException when a channel's fields do not make a message
   */
  public MultichannelContent content() {
    List<ChannelContent> cascade = new ArrayList<>();
    channels.forEach(c -> cascade.add(c.toContent()));
    return new MultichannelContent(cascade);
  }

  /** Every {@code %variable%} of every channel, in order of first use. */
  public Set<String> variableNames() {
    return variableNames(channels);
  }

  public static Set<String> variableNames(List<ChannelDraft> drafts) {
    Set<String> names = new LinkedHashSet<>();
    drafts.forEach(d -> d.templatedValues().forEach(v -> names.addAll(Placeholders.names(v))));
    return names;
  }

  public UUID getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public UUID getLineageId() {
    return lineageId;
  }

  public int getRevision() {
    return revision;
  }

  public String getName() {
    return name;
  }

  public ProviderKind getProvider() {
    return provider;
  }

  /** Copies of the drafts, in cascade order; changing them does not change the template. */
  public List<ChannelDraft> getChannels() {
    return channels.stream().map(ChannelDraft::copy).toList();
  }

  public List<Channel> getCascade() {
    return channels.stream().map(ChannelDraft::getChannel).toList();
  }

  public String getSampleVariables() {
    return sampleVariables;
  }

  public Optional<UUID> getSampleAudienceId() {
    return Optional.ofNullable(sampleAudienceId);
  }

  public boolean isLocked() {
    return locked;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
