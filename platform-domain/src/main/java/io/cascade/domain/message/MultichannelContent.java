package io.cascade.domain.message;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.InvalidContentException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cascade: channels in the order they are tried, each with its own content; delivery on one
 * stops the rest. A channel appears at most once.
 */
public record MultichannelContent(List<ChannelContent> cascade) {

  public MultichannelContent {
    if (cascade == null || cascade.isEmpty()) {
      throw new InvalidContentException("channels.none");
    }
    Set<Channel> seen = EnumSet.noneOf(Channel.class);
    for (ChannelContent content : cascade) {
      if (!seen.add(content.channel())) {
        throw new InvalidContentException("channel.twice", content.channel());
      }
    }
    cascade = List.copyOf(cascade);
  }

  public static MultichannelContent of(ChannelContent... cascade) {
    return new MultichannelContent(List.of(cascade));
  }

  public List<Channel> channels() {
    return cascade.stream().map(ChannelContent::channel).toList();
  }

  public <T extends ChannelContent> Optional<T> get(Class<T> type) {
    return cascade.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** True when any text or URL of any channel has a {@code %variable%}. */
  public boolean hasPlaceholders() {
    return cascade.stream()
        .flatMap(c -> c.templatedValues().stream())
        .anyMatch(Placeholders::hasAny);
  }

  public Set<String> variableNames() {
    Set<String> names = new LinkedHashSet<>();
    cascade.forEach(c -> c.templatedValues().forEach(v -> names.addAll(Placeholders.names(v))));
    return names;
  }
}
