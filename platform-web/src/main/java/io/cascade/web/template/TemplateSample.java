package io.cascade.web.template;

import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.channel.SmsCount;
import io.cascade.domain.channel.SmsEncoding;
import io.cascade.domain.template.SampleRecipient;
import io.cascade.template.SampleAudience;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The recipient the template editor previews with: typed sample values, or a contact of a chosen
 * audience (whose columns are the variables offered). Preview, SMS counter and unknown variables
 * are computed from it on every request; it keeps no state of its own beyond the choice.
 */
public class TemplateSample implements Serializable {

  private static final String DEFAULT_VARIABLES = "name=Olena";

  /** A contact list in the audience menu. */
  public record AudienceOption(String id, String name, long contacts) implements Serializable {}

  private final TemplateForm form;
  private List<AudienceOption> audienceOptions = List.of();
  private String variables = DEFAULT_VARIABLES;

  /** The chosen audience's id as the menu sends it; blank for none. */
  private String audienceId;

  private SampleAudience audience;
  private int position;
  private String phone;

  TemplateSample(TemplateForm form) {
    this.form = form;
  }

  void offer(List<ContactList> lists) {
    audienceOptions =
        lists.stream()
            .map(l -> new AudienceOption(l.getId().toString(), l.getName(), l.getContactCount()))
            .toList();
  }

  /** The stored sample of a template: its values and its audience (null when gone). */
  void restore(String storedVariables, SampleAudience storedAudience, UUID storedAudienceId) {
    variables = storedVariables;
    audience = storedAudience;
    audienceId = storedAudience == null ? null : storedAudienceId.toString();
  }

  /** The audience of the menu's choice, or null; another tenant's list or none is none. */
  UUID chosenAudienceId() {
    try {
      return audienceId == null || audienceId.isBlank() ? null : UUID.fromString(audienceId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A new audience chosen (null: none): previewing starts again at its first contact. */
  void chooseAudience(SampleAudience chosen) {
    audience = chosen;
    if (chosen == null) {
      audienceId = null;
    }
    position = 0;
    phone = null;
  }

  /** Previews with this contact of the audience; its values replace the typed ones. */
  void use(Contact contact, int at) {
    position = at;
    phone = contact.getPhone().e164();
    variables =
        contact.getVariables().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().replaceAll("\\R", " "))
            .collect(Collectors.joining("\n"));
  }

  public SampleRecipient getRecipient() {
    return SampleRecipient.parse(variables);
  }

  /** The value as the sample recipient sees it. */
  public String render(String template) {
    return getRecipient().render(template);
  }

  public SmsCount getSmsCount() {
    return SmsEncoding.count(render(form.getSms().getText()));
  }

  /**
   * Variables the template uses that its recipients would lack: not columns of the chosen audience,
   * or, without one, not in the sample.
   */
  public List<String> getUnknownVariables() {
    if (audience != null) {
      return form.usedVariables().stream().filter(v -> !audience.variables().contains(v)).toList();
    }
    return List.copyOf(getRecipient().unknown(form.usedVariables()));
  }

  /** "%code%, %city%". */
  public String getUnknownVariablesText() {
    return getUnknownVariables().stream().map(v -> "%" + v + "%").collect(Collectors.joining(", "));
  }

  public List<AudienceOption> getAudienceOptions() {
    return audienceOptions;
  }

  /** The chosen audience, or null. */
  public SampleAudience getAudience() {
    return audience;
  }

  /** The phone of the audience contact the preview uses, or null. */
  public String getPhone() {
    return phone;
  }

  public int getPosition() {
    return position;
  }

  public String getVariables() {
    return variables;
  }

  public void setVariables(String variables) {
    this.variables = variables;
  }

  public String getAudienceId() {
    return audienceId;
  }

  public void setAudienceId(String audienceId) {
    this.audienceId = audienceId;
  }
}
