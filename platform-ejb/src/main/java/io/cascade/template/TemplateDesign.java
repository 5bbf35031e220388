package io.cascade.template;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.template.ChannelDraft;
import io.cascade.domain.template.SampleRecipient;
import java.util.List;
import java.util.UUID;

/**
 * What the editor or the API hands the service to save: the template's name, target provider,
 * channel drafts in cascade order, the sample variables ({@code name=value} lines) and the audience
 * the editor previews with (null: none).
 */
public record TemplateDesign(
    String name,
    ProviderKind provider,
    List<ChannelDraft> channels,
    String sampleVariables,
    UUID sampleAudienceId) {

  public TemplateDesign {
    channels = channels == null ? List.of() : channels.stream().map(ChannelDraft::copy).toList();
  }

  /** A design previewed without an audience. */
  public TemplateDesign(
      String name, ProviderKind provider, List<ChannelDraft> channels, String sampleVariables) {
    this(name, provider, channels, sampleVariables, null);
  }

  public SampleRecipient sample() {
    return SampleRecipient.parse(sampleVariables);
  }
}
