package io.cascade.template;

import io.cascade.channel.Channel;
import java.util.List;
import java.util.Set;

/**
 * The provider a template is designed for: its lint rules depend on it. The channels are what the
 * provider's client carries (docs/providers.md, "Capabilities").
 */
public enum TargetProvider {
  HYBER("Hyber", Set.of(Channel.VIBER, Channel.SMS, Channel.WHATSAPP, Channel.PUSH)),
  MESSAGGIO("Messaggio", Set.of(Channel.VIBER, Channel.SMS)),
  DECISION_TELECOM("DecisionTelecom", Set.of(Channel.VIBER, Channel.SMS));

  private final String displayName;
  private final Set<Channel> channels;

  TargetProvider(String displayName, Set<Channel> channels) {
    this.displayName = displayName;
    this.channels = channels;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Channel> channels() {
    return channels;
  }

  /** The channels in the order the editor offers them. */
  public List<Channel> channelsInOrder() {
    return List.of(Channel.values()).stream().filter(channels::contains).toList();
  }
}
