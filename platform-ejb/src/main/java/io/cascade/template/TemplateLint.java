package io.cascade.template;

import io.cascade.channel.Channel;
import io.cascade.channel.ChannelContent;
import io.cascade.channel.InvalidContentException;
import io.cascade.channel.PushContent;
import io.cascade.channel.SmsContent;
import io.cascade.channel.ViberContent;
import io.cascade.message.MultichannelContent;
import io.cascade.message.PhoneNumber;
import io.cascade.message.Recipient;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.SendRequest;
import io.cascade.provider.decisiontelecom.DecisionTelecomRequestBuilder;
import io.cascade.provider.hyber.HyberValidator;
import io.cascade.provider.messaggio.MessaggioConfig;
import io.cascade.provider.messaggio.MessaggioEndpoints;
import io.cascade.provider.messaggio.MessaggioRequestBuilder;
import io.cascade.shared.LocalizedText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Checks a template against its target provider's rules before it is saved. The provider rules are
 * not repeated here: the template is turned into the send request of its sample recipient and
 * handed to the provider's own validator (the one its client runs before sending), and the
 * validator's field names are mapped to the editor's fields. Only what a validator cannot know
 * about a template (a name, channels the provider does not carry, a button half set up, sample
 * variables) is checked here.
 *
 * <p>Placeholders without a sample value are measured as typed ({@code %code%}): the real length is
 * known only per recipient, when a campaign is sent, and is checked again then.
 */
public final class TemplateLint {

  /** The message id the sample recipient carries; validators mention it as "(recipient sample)". */
  static final String SAMPLE_ID = "sample";

  /** A well-formed number for the sample; providers' number rules are not a template's concern. */
  private static final PhoneNumber SAMPLE_PHONE = PhoneNumber.of("+380501234567");

  /**
   * Messaggio sends images by the {@code image_id} of an upload. The lint lets only images uploaded
   * to the platform through (see {@link #lint(TemplateDesign, Predicate)}); their ids are kept per
   * account, or uploaded on demand when a campaign is sent, so the validator sees this stand-in.
   */
  private static final String IMAGE_ID_KEPT = "kept-per-account";

  private static final MessaggioRequestBuilder MESSAGGIO =
      new MessaggioRequestBuilder(
          new MessaggioConfig("lint", "lint", MessaggioEndpoints.production(), null));

  /** The validators' field names, as the editor names the field. */
  private static final Map<String, String> FIELDS = new HashMap<>();

  static {
    FIELDS.put("viber.img", "viber.imageUrl");
    FIELDS.put("viber.image", "viber.imageUrl");
    FIELDS.put("viber.caption", "viber.buttonCaption");
    FIELDS.put("viber.button_caption", "viber.buttonCaption");
    FIELDS.put("button_text", "viber.buttonCaption");
    FIELDS.put("viber.action", "viber.buttonAction");
    FIELDS.put("button_link", "viber.buttonAction");
    FIELDS.put("viber.file_name", "viber.fileName");
    FIELDS.put("viber.thumbnail", "viber.videoThumbnailUrl");
    FIELDS.put("sms.alpha_name", "sms.sender");
    FIELDS.put("expiry_txt", "sms.text");
    FIELDS.put("whatsapp.img", "whatsapp.imageUrl");
    FIELDS.put("whatsapp.doc", "whatsapp.documentUrl");
    FIELDS.put("whatsapp.audio", "whatsapp.audioUrl");
    FIELDS.put("whatsapp.video", "whatsapp.videoUrl");
    FIELDS.put("whatsapp.img_name", "whatsapp.imageName");
    FIELDS.put("whatsapp.doc_name", "whatsapp.documentName");
    FIELDS.put("whatsapp.video_name", "whatsapp.videoName");
    FIELDS.put("push.img", "push.imageUrl");
    FIELDS.put("push.caption", "push.buttonCaption");
    FIELDS.put("push.action", "push.buttonAction");
  }

  private static final String BUNDLE = "io.cascade.template.LintMessages";

  /**
   * Editor fields that have a label ({@code label.<field>} in the bundle, the one list of them).
   */
  private static final Set<String> LABELLED =
      ResourceBundle.getBundle(BUNDLE, Locale.ROOT, TemplateLint.class.getClassLoader())
          .keySet()
          .stream()
          .filter(key -> key.startsWith("label."))
          .map(key -> key.substring("label.".length()))
          .collect(Collectors.toUnmodifiableSet());

  private TemplateLint() {}

  /** The lint for a design whose images are none of them uploaded to the platform. */
  public static LintReport lint(TemplateDesign design) {
    return lint(design, url -> false, null);
  }

  /**
   * Checks the design.
   *
   * @param uploadedImage whether an image URL is an image the tenant uploaded to the platform
   *     (Messaggio can send no other)
   * @param audience the audience the template is previewed with, or null; variables its contacts
   *     lack are flagged
   */
  public static LintReport lint(
      TemplateDesign design, Predicate<String> uploadedImage, SampleAudience audience) {
    List<LintIssue> errors = new ArrayList<>();
    List<LintIssue> warnings = new ArrayList<>();
    String name = design.name() == null ? "" : design.name().strip();
    if (name.isEmpty()) {
      errors.add(issue("name", "name.missing"));
    } else if (name.length() > MessageTemplate.NAME_MAX_LENGTH) {
      errors.add(issue("name", "name.length", MessageTemplate.NAME_MAX_LENGTH));
    }
    TargetProvider provider = design.provider();
    if (provider == null) {
      errors.add(issue("provider", "provider.missing"));
      return new LintReport(errors, warnings);
    }
    List<ChannelDraft> drafts = design.channels();
    if (drafts.isEmpty()) {
      errors.add(issue("channels", "channels.none"));
    }
    Set<Channel> seen = new LinkedHashSet<>();
    List<ChannelContent> cascade = new ArrayList<>();
    for (ChannelDraft draft : drafts) {
      Channel channel = draft.getChannel();
      String key = key(channel);
      if (!seen.add(channel)) {
        errors.add(issue("channels", "channel.twice", channel));
        continue;
      }
      if (!provider.channels().contains(channel)) {
        errors.add(
            issue(
                "channels",
                "channel.unsupported",
                provider.displayName(),
                text("channel." + channel.name())));
        continue;
      }
      try {
        cascade.add(draft.toContent());
      } catch (InvalidContentException e) {
        e.texts().forEach(t -> errors.add(new LintIssue(key, t)));
      }
    }
    SampleRecipient sample = design.sample();
    Set<String> used = MessageTemplate.variableNames(drafts);
    if (audience != null) {
      Set<String> missing = new LinkedHashSet<>(used);
      audience.variables().forEach(missing::remove);
      for (String variable : missing) {
        warnings.add(
            audience.variables().isEmpty()
                ? issue("variables", "variable.notInAudience", variable, audience.name())
                : issue(
                    "variables",
                    "variable.notInAudience.others",
                    variable,
                    audience.name(),
                    String.join(", ", audience.variables())));
      }
    }
    Set<String> unknown = sample.unknown(used);
    for (String variable : unknown) {
      warnings.add(issue("variables", "variable.noSample", variable));
    }
    if (!errors.isEmpty() || cascade.isEmpty()) {
      return new LintReport(errors, warnings);
    }
    MultichannelContent content = new MultichannelContent(cascade);
    buttons(provider, content, errors);
    if (provider == TargetProvider.MESSAGGIO) {
      content
          .get(ViberContent.class)
          .map(ViberContent::imageUrl)
          .filter(url -> !uploadedImage.test(url))
          .ifPresent(url -> errors.add(issue("viber.imageUrl", "image.notUploaded")));
    }
    SendRequest request = sampleRequest(content, sample, unknown);
    List<LimitViolation> violations =
        switch (provider) {
          case HYBER -> HyberValidator.validate(request, null);
          case MESSAGGIO -> MESSAGGIO.validate(request);
          case DECISION_TELECOM -> DecisionTelecomRequestBuilder.validate(request);
        };
    for (LimitViolation violation : violations) {
      String field = field(violation.field(), content);
      errors.add(new LintIssue(field, sentence(violation.field(), field, violation.text())));
    }
    if (provider == TargetProvider.MESSAGGIO) {
      MESSAGGIO.warnings(request).forEach(w -> warnings.add(new LintIssue("viber", w)));
    }
    content
        .get(SmsContent.class)
        .filter(s -> s.ttl() != null && provider != TargetProvider.HYBER)
        .ifPresent(s -> warnings.add(issue("sms.ttl", "sms.ttl.unused", provider.displayName())));
    return new LintReport(errors, warnings);
  }

  /**
   * A button needs both its caption and its link. Hyber and DecisionTelecom would send a caption
   * that opens nothing; Messaggio's own warnings say it shows the text only.
   */
  private static void buttons(
      TargetProvider provider, MultichannelContent content, List<LintIssue> errors) {
    if (provider == TargetProvider.MESSAGGIO) {
      return;
    }
    content
        .get(ViberContent.class)
        .filter(v -> v.video() == null)
        .ifPresent(v -> button("viber", v.buttonCaption(), v.buttonAction(), errors));
    content
        .get(PushContent.class)
        .ifPresent(p -> button("push", p.buttonCaption(), p.buttonAction(), errors));
  }

  private static void button(
      String channel, String caption, String action, List<LintIssue> errors) {
    if (caption != null && action == null) {
      errors.add(issue(channel + ".buttonAction", "button.noLink"));
    } else if (caption == null && action != null) {
      errors.add(issue(channel + ".buttonCaption", "button.noCaption"));
    }
  }

  private static SendRequest sampleRequest(
      MultichannelContent content, SampleRecipient sample, Set<String> unknown) {
    Map<String, String> variables = new HashMap<>(sample.variables());
    unknown.forEach(v -> variables.put(v, "%" + v + "%"));
    Recipient recipient = new Recipient(SAMPLE_ID, SAMPLE_PHONE, variables);
    Map<String, String> media = new HashMap<>();
    content
        .get(ViberContent.class)
        .filter(v -> v.imageUrl() != null)
        .ifPresent(v -> media.put(v.imageUrl(), IMAGE_ID_KEPT));
    return new SendRequest(List.of(recipient), content, null, null, null, media, 1);
  }

  /** The editor field of a validator's field name. */
  static String field(String validatorField, MultichannelContent content) {
    if (validatorField.startsWith("variables")) {
      return "variables";
    }
    boolean viber = content.get(ViberContent.class).isPresent();
    // Messaggio names the request parameters, which come from Viber or, for SMS alone, the SMS
    if (validatorField.equals("from")) {
      return viber ? "viber.sender" : "sms.sender";
    }
    if (validatorField.equals("txt")) {
      return viber ? "viber.text" : "sms.text";
    }
    return FIELDS.getOrDefault(validatorField, validatorField);
  }

  /**
   * The validator's message for a person: its technical field name at the start (Hyber writes
   * "viber.caption must be ...") becomes the label of the field, and the sample recipient is named
   * as such. The English text decides, so every language reads the same sentence.
   */
  private static LocalizedText sentence(
      String validatorField, String field, LocalizedText message) {
    boolean relabel =
        LABELLED.contains(field) && message.toString().startsWith(validatorField + " ");
    UnaryOperator<Serializable> change =
        arg -> {
          if (relabel && validatorField.equals(arg)) {
            return text("label." + field);
          }
          if (arg instanceof LocalizedText t
              && t.owner() == LimitViolation.class
              && t.key().equals("recipient")
              && SAMPLE_ID.equals(t.args().get(1))) {
            return text("withSample", t.args().get(0));
          }
          return arg;
        };
    LocalizedText result = (LocalizedText) change.apply(message.mapArgs(change));
    return result.toString().endsWith(".") ? result : text("sentence", result);
  }

  private static LintIssue issue(String field, String key, Object... values) {
    return new LintIssue(field, text(key, values));
  }

  private static LocalizedText text(String key, Object... values) {
    return LocalizedText.of(TemplateLint.class, BUNDLE, key, values);
  }

  static String key(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }
}
