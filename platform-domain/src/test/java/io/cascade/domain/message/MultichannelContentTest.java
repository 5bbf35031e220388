package io.cascade.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import org.junit.jupiter.api.Test;

class MultichannelContentTest {

  @Test
  void keepsTheCascadeOrderAndFindsPlaceholdersInAnyOption() {
    var content =
        MultichannelContent.of(
            ViberContent.builder().file("%url%", "%name%").ttl(60).build(),
            SmsContent.of("Text", "GMSU", 300));
    assertThat(content.channels()).containsExactly(Channel.VIBER, Channel.SMS);
    assertThat(content.hasPlaceholders()).isTrue();
    assertThat(content.variableNames()).containsExactly("url", "name");
  }

  @Test
  void refusesARepeatedChannel() {
    assertThatThrownBy(
            () ->
                MultichannelContent.of(SmsContent.of("a", "X", 300), SmsContent.of("b", "X", 300)))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("SMS appears twice");
  }
}
