package io.cascade.template;

import java.util.List;

/**
 * What the editor or the API hands the service to save: the template's name, target provider,
 * channel drafts in cascade order and the sample variables ({@code name=value} lines).
 */
public record TemplateDesign(
    String name, TargetProvider provider, List<ChannelDraft> channels, String sampleVariables) {

  public TemplateDesign {
    channels = channels == null ? List.of() : channels.stream().map(ChannelDraft::copy).toList();
  }

  public SampleRecipient sample() {
    return SampleRecipient.parse(sampleVariables);
  }
}
