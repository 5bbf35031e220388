package io.cascade.template;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.domain.template.ChannelDraft;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.domain.template.SampleRecipient;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderRegistry;
import io.cascade.provider.SendRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Checks a template against its target provider's rules before it is saved. The provider rules are
 * not repeated here: the template is turned into the send request of its sample recipient and
 * handed to the provider's own client ({@link ProviderClient#validate} and {@link
 * ProviderClient#warnings}, what it runs before sending), whose violations already name the
 * editor's fields. Only what a provider cannot know about a template (a name, channels the provider
 * does not carry, images a provider can send only by upload, sample variables) is checked here;
 * this class knows no provider by name.
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
   * A provider that sends images by the id of an upload ({@link ProviderCapabilities#mediaUpload})
   * gets only images uploaded to the platform through the lint; their ids are kept per account, or
   * uploaded when a campaign is sent, so the validator sees this stand-in.
   */
  private static final String IMAGE_ID_KEPT = "kept-per-account";

  static final String BUNDLE = "io.cascade.template.LintMessages";

  private TemplateLint() {}

  /** The lint for a design whose images are none of them uploaded to the platform. */
  public static LintReport lint(TemplateDesign design) {
    return lint(design, url -> false, null);
  }

  /**
   * Checks the design.
   *
   * @param uploadedImage whether an image URL is an image the tenant uploaded to the platform (a
   *     provider that sends images by upload can send no other)
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
    ProviderKind provider = design.provider();
    if (provider == null) {
      errors.add(issue("provider", "provider.missing"));
      return new LintReport(errors, warnings);
    }
    ProviderCapabilities capabilities = ProviderRegistry.capabilities(provider);
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
      if (!capabilities.channels().contains(channel)) {
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
    // the channels that make content are checked against the provider even when others do not:
    // one refused field must not hide the rest of what is wrong
    if (cascade.isEmpty()) {
      return new LintReport(errors, warnings);
    }
    MultichannelContent content = new MultichannelContent(cascade);
    if (capabilities.mediaUpload()) {
      content
          .get(ViberContent.class)
          .map(ViberContent::imageUrl)
          .filter(url -> !uploadedImage.test(url))
          .ifPresent(
              url ->
                  errors.add(issue("viber.imageUrl", "image.notUploaded", provider.displayName())));
    }
    SendRequest request = sampleRequest(content, sample, unknown);
    try (ProviderClient client = ProviderRegistry.module(provider).validator()) {
      client.validate(request).forEach(v -> errors.add(issue(v)));
      client.warnings(request).forEach(v -> warnings.add(issue(v)));
    }
    return new LintReport(errors, warnings);
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

  /**
   * A provider's violation as the designer shows it: at the field it names, as a sentence, with the
   * sample recipient named as such.
   */
  private static LintIssue issue(LimitViolation violation) {
    UnaryOperator<Serializable> sample =
        arg ->
            arg instanceof LocalizedText t
                    && t.owner() == LimitViolation.class
                    && t.key().equals("recipient")
                    && SAMPLE_ID.equals(t.args().get(1))
                ? text("withSample", t.args().get(0))
                : arg;
    LocalizedText result = (LocalizedText) sample.apply(violation.text().mapArgs(sample));
    return new LintIssue(
        violation.field(), result.toString().endsWith(".") ? result : text("sentence", result));
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
