package io.cascade.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.provider.ProviderKind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  static ChannelDraft viber(String text) {
    ChannelDraft d = new ChannelDraft(Channel.VIBER);
    d.setText(text);
    d.setSender("AcmeShop");
    d.setTtlSeconds(3600);
    return d;
  }

  static ChannelDraft sms(String text) {
    ChannelDraft d = new ChannelDraft(Channel.SMS);
    d.setText(text);
    d.setSender("Acme");
    return d;
  }

  private static MessageTemplate promo() {
    return new MessageTemplate(
        "Promo",
        ProviderKind.HYBER,
        List.of(viber("Hi %name%"), sms("Hi %name%, SMS")),
        "name=Olena");
  }

  @Test
  void aTemplateKeepsItsCascadeInOrderAndMakesDomainContent() {
    MessageTemplate template = promo();

    assertThat(template.getCascade()).containsExactly(Channel.VIBER, Channel.SMS);
    assertThat(template.getRevision()).isEqualTo(1);
    assertThat(template.variableNames()).containsExactly("name");
    assertThat(template.content().get(ViberContent.class).orElseThrow().text())
        .isEqualTo("Hi %name%");
    assertThat(template.content().get(SmsContent.class).orElseThrow().sender().value())
        .isEqualTo("Acme");
  }

  @Test
  void anUnlockedTemplateChangesInPlace() {
    MessageTemplate template = promo();

    template.revise("Promo 2", ProviderKind.HYBER, List.of(viber("New")), null);

    assertThat(template.getName()).isEqualTo("Promo 2");
    assertThat(template.getRevision()).isEqualTo(1);
    assertThat(template.getCascade()).containsExactly(Channel.VIBER);
  }

  @Test
  void aLockedTemplateNeverChangesAndItsChangeBecomesTheNextVersion() {
    MessageTemplate used = promo();
    used.lock();

    assertThatThrownBy(
            () -> used.revise("Changed", ProviderKind.HYBER, List.of(viber("Changed")), null))
        .isInstanceOf(TemplateLockedException.class)
        .hasMessageContaining("new version");
    MessageTemplate next =
        used.nextVersion("Promo", ProviderKind.HYBER, List.of(viber("Changed")), null);

    assertThat(used.getChannels().get(0).getText()).isEqualTo("Hi %name%");
    assertThat(next.getRevision()).isEqualTo(2);
    assertThat(next.getLineageId()).isEqualTo(used.getLineageId());
    assertThat(next.getId()).isNotEqualTo(used.getId());
    assertThat(next.isLocked()).isFalse();
    assertThat(next.getChannels().get(0).getText()).isEqualTo("Changed");
  }

  @Test
  void changingSavesInPlaceUntilACampaignLocksTheTemplateThenMakesTheNextVersion() {
    MessageTemplate template = promo();

    MessageTemplate first = template.change("Promo", ProviderKind.HYBER, List.of(viber("A")), null);
    template.lock();
    MessageTemplate second =
        template.change("Promo", ProviderKind.HYBER, List.of(viber("B")), null);

    assertThat(first).isSameAs(template);
    assertThat(second).isNotSameAs(template);
    assertThat(second.getRevision()).isEqualTo(2);
    assertThat(template.getChannels().get(0).getText()).isEqualTo("A");
    assertThat(second.getChannels().get(0).getText()).isEqualTo("B");
  }

  @Test
  void aCopyIsATemplateOfItsOwnAndIndependentOfTheOriginal() {
    MessageTemplate original = promo();
    original.lock();

    MessageTemplate copy = original.copyAs("Promo (copy)");
    copy.revise("Promo (copy)", ProviderKind.HYBER, List.of(viber("Other")), null);

    assertThat(copy.getLineageId()).isNotEqualTo(original.getLineageId());
    assertThat(copy.getRevision()).isEqualTo(1);
    assertThat(copy.isLocked()).isFalse();
    assertThat(original.getChannels().get(0).getText()).isEqualTo("Hi %name%");
  }

  @Test
  void theAudienceToPreviewWithIsKeptByCopiesAndRefusedOnALockedVersion() {
    UUID audience = UUID.randomUUID();
    MessageTemplate template = promo();
    template.previewWith(audience);

    assertThat(template.copyAs("Promo (copy)").getSampleAudienceId()).contains(audience);
    template.lock();
    assertThatThrownBy(() -> template.previewWith(null))
        .isInstanceOf(TemplateLockedException.class);
    assertThat(template.getSampleAudienceId()).contains(audience);
  }

  @Test
  void draftsHandedOutDoNotChangeTheTemplate() {
    MessageTemplate template = promo();
    template.getChannels().get(0).setText("sneaky");
    assertThat(template.getChannels().get(0).getText()).isEqualTo("Hi %name%");
  }

  @Test
  void refusesATemplateWithoutNameOrChannelsOrWithAChannelTwice() {
    assertThatThrownBy(
            () -> new MessageTemplate(" ", ProviderKind.HYBER, List.of(viber("x")), null))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new MessageTemplate("A", ProviderKind.HYBER, List.of(), null))
        .hasMessageContaining("at least one channel");
    assertThatThrownBy(
            () ->
                new MessageTemplate("A", ProviderKind.HYBER, List.of(viber("x"), viber("y")), null))
        .hasMessageContaining("twice");
  }
}
