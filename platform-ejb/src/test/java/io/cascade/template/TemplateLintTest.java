package io.cascade.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.template.ChannelDraft;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TemplateLintTest {

  private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

  private static ChannelDraft draft(Channel channel, Consumer<ChannelDraft> fill) {
    ChannelDraft d = new ChannelDraft(channel);
    fill.accept(d);
    return d;
  }

  private static ChannelDraft viber(Consumer<ChannelDraft> more) {
    return draft(
        Channel.VIBER,
        d -> {
          d.setText("Hi %name%, your order is ready");
          d.setSender("AcmeShop");
          more.accept(d);
        });
  }

  private static ChannelDraft sms(Consumer<ChannelDraft> more) {
    return draft(
        Channel.SMS,
        d -> {
          d.setText("Hi %name%, order ready");
          d.setSender("Acme");
          more.accept(d);
        });
  }

  private static LintReport lint(ProviderKind provider, ChannelDraft... channels) {
    return TemplateLint.lint(
        new TemplateDesign("Promo", provider, List.of(channels), "name=Olena"));
  }

  private static List<String> errorFields(LintReport report) {
    return report.errors().stream().map(LintIssue::field).toList();
  }

  @Test
  void aViberThenSmsTemplateWithinEveryLimitPassesForEachProvider() {
    for (ProviderKind provider : ProviderKind.values()) {
      LintReport report =
          lint(
              provider,
              viber(d -> d.setTtlSeconds(provider == ProviderKind.DECISIONTELECOM ? 40 : 3600)),
              sms(d -> {}));
      assertThat(report.errors()).as(provider.name()).isEmpty();
    }
  }

  @Test
  void decisionTelecomRefusesAButtonCaptionOverThirtyCharacters() {
    LintReport report =
        lint(
            ProviderKind.DECISIONTELECOM,
            viber(
                d -> {
                  d.setImageUrl("https://cdn.example.com/promo.png");
                  d.setButtonCaption("Open the summer catalogue today, please");
                  d.setButtonAction("https://example.com/summer");
                }));

    assertThat(report.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("viber.buttonCaption");
              assertThat(e.message()).contains("at most 30");
            });
  }

  @Test
  void theCaptionErrorReadsInUkrainianForAUkrainianViewerAndInEnglishOtherwise() {
    LintReport report =
        lint(
            ProviderKind.DECISIONTELECOM,
            viber(
                d -> {
                  d.setImageUrl("https://cdn.example.com/promo.png");
                  d.setButtonCaption("Open the summer catalogue today, please");
                  d.setButtonAction("https://example.com/summer");
                }));

    LintIssue caption = report.errors().get(0);
    assertThat(caption.message(UKRAINIAN))
        .isEqualTo("Напис на кнопці може містити до 30 символів (зі зразковими значеннями).");
    assertThat(caption.message(Locale.ENGLISH))
        .isEqualTo("Button caption must be at most 30 characters (with the sample values).")
        .isEqualTo(caption.message());
    assertThat(caption.message(Locale.GERMAN)).isEqualTo(caption.message());
  }

  @Test
  void warningsAndRelabelledValidatorMessagesReadInUkrainian() {
    LintReport report =
        lint(
            ProviderKind.HYBER,
            viber(d -> d.setText("Hi %name%, your code is %code%")),
            sms(d -> d.setText("Привіт, %name%! ".repeat(30))));

    assertThat(report.warnings())
        .extracting(w -> w.message(UKRAINIAN))
        .containsExactly(
            "Змінна %code% не має зразкового значення: перегляд показує її як є, а кожному"
                + " отримувачу кампанії для неї потрібне значення.");
    assertThat(report.errors())
        .extracting(e -> e.message(UKRAINIAN))
        .containsExactly(
            "Текст SMS (кирилиця/UCS-2) може містити до 335 символів, зараз 450 (зі зразковими"
                + " значеннями).");
  }

  @Test
  void decisionTelecomRefusesAnImageOnATransactionalMessage() {
    LintReport report =
        lint(
            ProviderKind.DECISIONTELECOM,
            viber(
                d -> {
                  d.setViberCategory(ViberCategory.TRANSACTIONAL);
                  d.setImageUrl("https://cdn.example.com/promo.png");
                }));

    assertThat(report.errors())
        .filteredOn(issue -> issue.field().equals("viber.category"))
        .singleElement()
        .extracting(LintIssue::message)
        .asString()
        .contains("transactional")
        .contains("text only");
  }

  @Test
  void decisionTelecomWantsFortySecondsOfViberBeforeTheSmsFallback() {
    LintReport report =
        lint(ProviderKind.DECISIONTELECOM, viber(d -> d.setTtlSeconds(3600)), sms(d -> {}));
    assertThat(errorFields(report)).containsExactly("viber.ttlSeconds");
    assertThat(report.errors().get(0).message()).contains("exactly 40");
  }

  @Test
  void messaggioRefusesASenderNameOverElevenCharacters() {
    LintReport report =
        lint(ProviderKind.MESSAGGIO, viber(d -> d.setSender("AcmeShopOnline")), sms(d -> {}));

    assertThat(errorFields(report)).containsExactly("viber.sender");
    assertThat(report.errors().get(0).message()).contains("at most 11");
  }

  @Test
  void messaggioWarnsOfAButtonWithoutLinkInsteadOfRefusingIt() {
    LintReport report = lint(ProviderKind.MESSAGGIO, viber(d -> d.setButtonCaption("Open")));
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no link"));
  }

  @Test
  void hyberRefusesAButtonWithoutLinkAndNamesTheMissingField() {
    LintReport report = lint(ProviderKind.HYBER, viber(d -> d.setButtonCaption("Open")));
    assertThat(errorFields(report)).containsExactly("viber.buttonAction");
  }

  @Test
  void hyberChecksTtlRangesAndTheSmsAlphaName() {
    LintReport report =
        lint(
            ProviderKind.HYBER,
            viber(d -> d.setTtlSeconds(20)),
            sms(
                d -> {
                  d.setTtlSeconds(60);
                  d.setSender("AcmeShopOnline");
                }));

    assertThat(errorFields(report))
        .containsExactlyInAnyOrder("viber.ttlSeconds", "sms.ttlSeconds", "sms.sender");
    assertThat(report.errors())
        .anySatisfy(e -> assertThat(e.message()).contains("40..86400").contains("20"));
  }

  @Test
  void hyberMeasuresTheSmsAsTheSampleRecipientGetsIt() {
    LintReport report =
        TemplateLint.lint(
            new TemplateDesign(
                "Long",
                ProviderKind.HYBER,
                List.of(sms(d -> d.setText("Привіт, %name%"))),
                "name=" + "я".repeat(340)));
    assertThat(errorFields(report)).containsExactly("sms.text");
    assertThat(report.errors().get(0).message())
        .startsWith("SMS text")
        .contains("335")
        .contains("with the sample values");
  }

  @Test
  void channelsTheProviderDoesNotCarryAreRefused() {
    ChannelDraft push =
        draft(
            Channel.PUSH,
            d -> {
              d.setTitle("Sale");
              d.setText("Now");
            });
    assertThat(errorFields(lint(ProviderKind.DECISIONTELECOM, viber(d -> {}), push)))
        .containsExactly("channels");
    assertThat(lint(ProviderKind.HYBER, viber(d -> {}), push).errors()).isEmpty();
  }

  @Test
  void unknownVariablesAreWarningsThatNameTheVariable() {
    LintReport report = lint(ProviderKind.HYBER, viber(d -> d.setText("Hi %name%, code %code%")));
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.field()).isEqualTo("variables");
              assertThat(w.message()).startsWith("%code%");
            });
  }

  @Test
  void variablesTheChosenAudienceLacksAreFlaggedWithTheColumnsItHas() {
    TemplateDesign design =
        new TemplateDesign(
            "Promo",
            ProviderKind.HYBER,
            List.of(viber(d -> d.setText("Hi %name% from %city%, code %code%"))),
            "name=Olena\ncity=Kyiv\ncode=X1");

    LintReport report =
        TemplateLint.lint(
            design, url -> false, new SampleAudience("Spring sale", List.of("name", "city")));

    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.field()).isEqualTo("variables");
              assertThat(w.message())
                  .startsWith("%code% is not a column of the audience \u201cSpring sale\u201d")
                  .contains("(they have name, city)");
            });
    assertThat(TemplateLint.lint(design).warnings()).as("without an audience").isEmpty();
  }

  @Test
  void contentThatIsNotAMessageIsAnErrorOfItsChannel() {
    LintReport report =
        TemplateLint.lint(
            new TemplateDesign("", ProviderKind.HYBER, List.of(draft(Channel.SMS, d -> {})), null));
    assertThat(errorFields(report)).containsExactly("name", "sms");
  }

  @Test
  void aContentErrorInOneChannelHidesNeitherItsOtherProblemsNorTheOtherChannelsErrors() {
    LintReport report =
        lint(
            ProviderKind.HYBER,
            viber(
                d -> {
                  d.setSender("A".repeat(100_000));
                  d.setTtlSeconds(9_999_999);
                }),
            sms(d -> d.setSender("AcmeShopOnline")));

    // the Viber sender and TTL are refused by the content itself, both; the SMS sender by Hyber
    assertThat(errorFields(report)).containsExactlyInAnyOrder("viber", "viber", "sms.sender");
    assertThat(report.errors().stream().map(LintIssue::message))
        .anySatisfy(m -> assertThat(m).startsWith("Sender name must be at most 20 characters"))
        .anySatisfy(m -> assertThat(m).startsWith("TTL must be between 1 and"));
  }

  @Test
  void messaggioRefusesAViberImageFromAnotherAddressSayingToUploadIt() {
    String url = "https://cdn.example.com/promo.png";
    LintReport report = lint(ProviderKind.MESSAGGIO, viber(d -> d.setImageUrl(url)), sms(d -> {}));
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("viber.imageUrl");
              assertThat(e.message()).startsWith("Upload the image here").contains("image_id");
            });
  }

  @Test
  void messaggioTakesAViberImageUploadedToThePlatform() {
    String uploaded =
        "https://cascade.example.com/media/acme/" + java.util.UUID.randomUUID() + "/a.png";
    LintReport report =
        TemplateLint.lint(
            new TemplateDesign(
                "Promo",
                ProviderKind.MESSAGGIO,
                List.of(viber(d -> d.setImageUrl(uploaded)), sms(d -> {})),
                "name=Olena"),
            uploaded::equals,
            null);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void otherProvidersTakeAnImageByAnyAddress() {
    LintReport report =
        lint(ProviderKind.HYBER, viber(d -> d.setImageUrl("https://cdn.example.com/promo.png")));
    assertThat(report.errors()).isEmpty();
  }
}
