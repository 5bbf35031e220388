package io.cascade.provider.hyber;

import static io.cascade.provider.SeedResources.assertSameJson;
import static io.cascade.provider.SeedResources.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.GeoLocation;
import io.cascade.domain.channel.PushContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.channel.ViberDevice;
import io.cascade.domain.channel.WhatsAppContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.ProviderJson;
import io.cascade.provider.SendRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request example of seeds 000 (single) and 001 (batch, broadcast), built from our domain
 * values and compared with the document's JSON, copied verbatim into {@code provider/hyber/}.
 */
class HyberSeedExamplesTest {

  static final String IMG = "https://example.com/image.png";
  static final String LINK = "https://example.com";
  static final String MP4 = "https://example.com/file_example_MP4_640_3MG.mp4";
  static final String CAPTION = "Click the button";

  static final HyberRequestBuilder BUILDER = new HyberRequestBuilder("Division code");

  // --- viber variants of the documents -------------------------------------------------------

  static ViberContent.Builder viber() {
    return ViberContent.builder().ttl(60).device(ViberDevice.PHONE);
  }

  static ViberContent template(String text) {
    return ViberContent.builder().text(text).ttl(60).build();
  }

  static ViberContent templateWithDevice(String text) {
    return viber().text(text).build();
  }

  static ViberContent nonTemplate(String text) {
    return viber().text(text).image(IMG).button(CAPTION, LINK).build();
  }

  static ViberContent alphaName(String text) {
    return viber().text(text).sender("GMSU").image(IMG).button(CAPTION, LINK).build();
  }

  static ViberContent fileOnly(String url, String name) {
    return viber().file(url, name).build();
  }

  static ViberContent video(String text, String caption) {
    return viber().text(text).video(MP4, IMG, 3, 60).button(caption, null).build();
  }

  static SmsContent sms(String text) {
    return SmsContent.of(text, "GMSU", 300);
  }

  static PushContent push(String text) {
    return new PushContent(text, "Title for Push", Ttl.ofSeconds(60), IMG, CAPTION, LINK, false);
  }

  static WhatsAppContent whatsAppTemplate(String text) {
    return WhatsAppContent.template(text, Ttl.ofSeconds(604800));
  }

  static WhatsAppContent whatsAppSession(String text) {
    return new WhatsAppContent(
        text,
        Ttl.ofSeconds(604800),
        IMG,
        "Name for image",
        "https://example.com/file.docx",
        "Name for document",
        "https://example.com/audio.mp3",
        "https://example.com/video.mp4",
        "Name for video",
        GeoLocation.of("50.438820", "30.498916"),
        false);
  }

  // --- requests ----------------------------------------------------------------------------

  static SendRequest request(List<Recipient> recipients, ChannelContent... cascade) {
    return new SendRequest(
        recipients,
        MultichannelContent.of(cascade),
        URI.create("https://send-dr-here.com"),
        OffsetDateTime.parse("2020-12-12T10:10:10+03:00"),
        "Campaign name",
        Map.of(),
        1);
  }

  static final Recipient SINGLE = Recipient.of("AD-6640-7006", "380961111111");

  /** Batch texts are personal; our template renders them from a per-recipient variable. */
  static List<Recipient> batchRecipients() {
    return List.of(
        new Recipient("AD-6640-7006", PhoneNumber.of("380961111111"), Map.of("n", "380961111111")),
        new Recipient("AD-6640-7007", PhoneNumber.of("380962222222"), Map.of("n", "380962222222")));
  }

  static List<Recipient> broadcastRecipients() {
    return List.of(
        new Recipient(
            "AD-6640-7006",
            PhoneNumber.of("380961111111"),
            Map.of("name", "Michael", "greeting", "Mr. ")),
        new Recipient(
            "AD-6640-7007",
            PhoneNumber.of("380962222222"),
            Map.of("name", "Zoya", "greeting", "Ms. ")));
  }

  static List<Recipient> fileRecipients() {
    return List.of(
        new Recipient(
            "AD-6640-7006",
            PhoneNumber.of("380961111111"),
            Map.of("name", "Name_for_document1.docx", "url", "https://example.com/file1.docx")),
        new Recipient(
            "AD-6640-7007",
            PhoneNumber.of("380962222222"),
            Map.of("name", "Name_for_document2.docx", "url", "https://example.com/file2.docx")));
  }

  static Arguments single(String resource, ChannelContent... cascade) {
    return Arguments.of(
        resource,
        (Supplier<JsonNode>) () -> BUILDER.single(request(List.of(SINGLE), cascade), SINGLE));
  }

  static Arguments batch(String resource, ChannelContent... cascade) {
    return Arguments.of(
        resource,
        (Supplier<JsonNode>)
            () -> {
              SendRequest r = request(batchRecipients(), cascade);
              return BUILDER.batch(r, r.recipients());
            });
  }

  static Arguments broadcast(
      String resource, List<Recipient> recipients, ChannelContent... cascade) {
    return Arguments.of(
        resource,
        (Supplier<JsonNode>)
            () -> {
              SendRequest r = request(recipients, cascade);
              return BUILDER.broadcast(r, r.recipients());
            });
  }

  static Stream<Arguments> examples() {
    String all = "Text for all channels, recipient #%n%";
    String dear = "Dear %greeting% %name%! ";
    return Stream.of(
        // seed 000: single messages
        single(
            "single-push-viber-sms",
            push("Text for Push"),
            nonTemplate("Text for Viber"),
            sms("Text for SMS")),
        single("single-viber-sms", nonTemplate("Text for Viber"), sms("Text for SMS")),
        single("single-viber-template", template("Templated text for Viber")),
        single("single-viber-non-template", nonTemplate("Text for Viber")),
        single("single-viber-alpha-name", alphaName("Text for Viber")),
        single(
            "single-viber-file-only",
            fileOnly("https://example.com/file.docx", "Name_for_document.docx")),
        single("single-viber-video-only", video(null, null)),
        single("single-viber-video-text", video("Text for Viber", null)),
        single("single-viber-video-text-button", video("Text for Viber", CAPTION)),
        single("single-sms", sms("Text for SMS")),
        single("single-whatsapp-template", whatsAppTemplate("Templated text for WhatsApp")),
        single("single-whatsapp-session", whatsAppSession("Session text for WhatsApp")),
        // seed 001: batch
        batch("batch-viber-sms", nonTemplate(all), sms(all)),
        batch(
            "batch-viber-template", templateWithDevice("Templated text for Viber, recipient #%n%")),
        batch("batch-viber-non-template", nonTemplate(all)),
        batch("batch-viber-alpha-name", alphaName(all)),
        batch("batch-viber-video-text", video(all, null)),
        batch("batch-viber-video-text-button", video(all, CAPTION)),
        batch("batch-sms", sms(all)),
        batch(
            "batch-whatsapp-template",
            whatsAppTemplate("Templated text for WhatsApp, recipient #%n%")),
        batch(
            "batch-whatsapp-session", whatsAppSession("Session text for WhatsApp, recipient #%n%")),
        // seed 001: broadcast
        broadcast(
            "broadcast-viber-sms",
            broadcastRecipients(),
            nonTemplate(dear + "Here is a Viber message for you"),
            sms(dear + "Here is an SMS")),
        broadcast(
            "broadcast-viber-template",
            broadcastRecipients(),
            templateWithDevice(dear + "Here is a Viber templated message for you")),
        broadcast(
            "broadcast-viber-non-template",
            broadcastRecipients(),
            nonTemplate(dear + "Here is a Viber message for you")),
        broadcast(
            "broadcast-viber-alpha-name",
            broadcastRecipients(),
            alphaName(dear + "Here is a Viber message for you")),
        broadcast("broadcast-viber-file-only", fileRecipients(), fileOnly("%url%", "%name%")),
        broadcast("broadcast-viber-video-only", broadcastRecipients(), video(null, null)),
        broadcast(
            "broadcast-viber-video-text", broadcastRecipients(), video("Text for Viber", null)),
        broadcast(
            "broadcast-viber-video-text-button",
            broadcastRecipients(),
            video("Text for Viber", CAPTION)),
        broadcast("broadcast-sms", broadcastRecipients(), sms(dear + "Here is an SMS")),
        broadcast(
            "broadcast-whatsapp-template",
            broadcastRecipients(),
            whatsAppTemplate(dear + "Here is a WhatsApp templated message for you")),
        broadcast(
            "broadcast-whatsapp-session",
            broadcastRecipients(),
            whatsAppSession(dear + "Here is a WhatsApp session message for you")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void buildsTheDocumentsRequest(String resource, Supplier<JsonNode> built) {
    JsonNode wire = ProviderJson.MAPPER.valueToTree(ProviderJson.write(built.get()));
    assertSameJson(built.get(), json("hyber/" + resource + ".json"));
    // What goes on the wire is the same tree once serialised.
    assertSameJson(json("hyber/" + resource + ".json"), readBack(wire.asText()));
  }

  @Test
  void choosesBroadcastWhenAnyOptionHasAPlaceholder() {
    SendRequest r = request(fileRecipients(), fileOnly("%url%", "%name%"));
    assertThat(HyberRequestBuilder.mode(r)).isEqualTo(HyberMode.BROADCAST);
    SendRequest same =
        request(broadcastRecipients(), sms("Same for all"), template("Same for all"));
    assertThat(HyberRequestBuilder.mode(same)).isEqualTo(HyberMode.BATCH);
    SendRequest fileAndSms =
        request(broadcastRecipients(), fileOnly("https://x/f.pdf", "f.pdf"), sms("Same"));
    assertThat(HyberRequestBuilder.mode(fileAndSms)).isEqualTo(HyberMode.BROADCAST);
    SendRequest differ = request(broadcastRecipients(), sms("A"), template("B"));
    assertThat(HyberRequestBuilder.mode(differ)).isEqualTo(HyberMode.BROADCAST);
    assertThat(HyberRequestBuilder.mode(request(List.of(SINGLE), sms("%x%"))))
        .isEqualTo(HyberMode.SINGLE);
  }

  private static JsonNode readBack(String wire) {
    try {
      return ProviderJson.MAPPER.readTree(wire);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
