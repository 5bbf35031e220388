package io.cascade.web.template;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.template.ChannelDraft;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.provider.ProviderRegistry;
import io.cascade.template.TemplateDesign;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What templates/edit.xhtml edits: the name, the provider and the channel cascade. The drafts of
 * all four channels stay here while a person switches channels on and off; only the channels of the
 * cascade are saved.
 */
public class TemplateForm implements Serializable {

  private String name;
  private ProviderKind provider = ProviderKind.HYBER;
  private final List<Channel> cascade = new ArrayList<>();
  private final Map<Channel, ChannelDraft> drafts = new EnumMap<>(Channel.class);
  private Channel channelToAdd;

  TemplateForm() {
    for (Channel channel : Channel.values()) {
      drafts.put(channel, new ChannelDraft(channel));
    }
    cascade.add(Channel.VIBER);
  }

  static TemplateForm of(MessageTemplate template) {
    TemplateForm form = new TemplateForm();
    form.name = template.getName();
    form.provider = template.getProvider();
    form.cascade.clear();
    for (ChannelDraft draft : template.getChannels()) {
      form.drafts.put(draft.getChannel(), draft);
      form.cascade.add(draft.getChannel());
    }
    return form;
  }

  TemplateDesign design(String sampleVariables, UUID sampleAudienceId) {
    return new TemplateDesign(name, provider, drafts(), sampleVariables, sampleAudienceId);
  }

  /** The drafts of the cascade, in its order. */
  List<ChannelDraft> drafts() {
    return cascade.stream().map(drafts::get).toList();
  }

  Set<String> usedVariables() {
    return MessageTemplate.variableNames(drafts());
  }

  /** Whether the provider sends images only by the id of an upload (Messaggio). */
  boolean sendsImagesByUpload() {
    return ProviderRegistry.capabilities(provider).mediaUpload();
  }

  public void addChannel() {
    if (channelToAdd != null && !cascade.contains(channelToAdd)) {
      cascade.add(channelToAdd);
    }
    channelToAdd = null;
  }

  public void removeChannel(Channel channel) {
    cascade.remove(channel);
  }

  public void moveUp(Channel channel) {
    int i = cascade.indexOf(channel);
    if (i > 0) {
      cascade.remove(i);
      cascade.add(i - 1, channel);
    }
  }

  public boolean has(String channel) {
    return cascade.contains(Channel.valueOf(channel));
  }

  /** Channels the chosen provider carries that are not in the cascade yet. */
  public List<Channel> getAddableChannels() {
    return ProviderRegistry.capabilities(provider).channelsInOrder().stream()
        .filter(c -> !cascade.contains(c))
        .toList();
  }

  public String label(Channel channel) {
    return TemplateListBacking.label(channel);
  }

  public List<Channel> getCascade() {
    return List.copyOf(cascade);
  }

  public ChannelDraft getViber() {
    return drafts.get(Channel.VIBER);
  }

  public ChannelDraft getSms() {
    return drafts.get(Channel.SMS);
  }

  public ChannelDraft getWhatsapp() {
    return drafts.get(Channel.WHATSAPP);
  }

  public ChannelDraft getPush() {
    return drafts.get(Channel.PUSH);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ProviderKind getProvider() {
    return provider;
  }

  public void setProvider(ProviderKind provider) {
    this.provider = provider == null ? ProviderKind.HYBER : provider;
  }

  public Channel getChannelToAdd() {
    return channelToAdd;
  }

  public void setChannelToAdd(Channel channelToAdd) {
    this.channelToAdd = channelToAdd;
  }
}
