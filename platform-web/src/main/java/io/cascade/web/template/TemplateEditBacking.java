package io.cascade.web.template;

import io.cascade.audience.AudienceService;
import io.cascade.domain.audience.Contact;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.SmsCount;
import io.cascade.domain.channel.SmsEncoding;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.media.MediaImage;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.shared.DomainException;
import io.cascade.domain.template.ChannelDraft;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.domain.template.SampleRecipient;
import io.cascade.media.MediaService;
import io.cascade.media.ProviderUpload;
import io.cascade.media.StoredImage;
import io.cascade.provider.ProviderRegistry;
import io.cascade.template.LintIssue;
import io.cascade.template.LintReport;
import io.cascade.template.SampleAudience;
import io.cascade.template.TemplateDesign;
import io.cascade.template.TemplateLintException;
import io.cascade.template.TemplateService;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * templates/edit.xhtml: designs one template. The drafts of all four channels stay in the view
 * while a person switches channels on and off; only the channels of the cascade are saved. Preview,
 * SMS counter and unknown variables are computed from the sample recipient on every request (no
 * state of their own); the lint runs in the service when saving. An uploaded Viber image is kept by
 * the platform (its URL goes into the image field) and, for Messaggio, uploaded to the tenant's
 * Messaggio accounts; their image_ids are shown under the field.
 */
@Named
@ViewScoped
public class TemplateEditBacking implements Serializable {

  private static final String DEFAULT_SAMPLE = "name=Olena";

  @EJB private TemplateService templates;
  @EJB private AudienceService audiences;
  @EJB private MediaService media;
  @Inject private Messages messages;

  private String idParam;
  private UUID id;
  private String name;
  private ProviderKind provider = ProviderKind.HYBER;
  private final List<Channel> cascade = new ArrayList<>();
  private final Map<Channel, ChannelDraft> drafts = new EnumMap<>(Channel.class);
  private String sampleVariables = DEFAULT_SAMPLE;
  private int revision;
  private boolean locked;
  private Channel channelToAdd;
  private LintReport report;
  private String imageUploadError;

  /**
   * How the Messaggio accounts took the image at {@link #uploadsOf}; shown while it is the image.
   */
  private List<ProviderUpload> messaggioUploads = List.of();

  private String uploadsOf;

  /** The tenant's lists, for the audience menu; read once per view. */
  private List<AudienceOption> audienceOptions = List.of();

  /** The chosen audience's id as the menu sends it; blank for none. */
  private String sampleAudienceId;

  private SampleAudience audience;
  private int samplePosition;
  private String samplePhone;

  /** A contact list in the audience menu. */
  public record AudienceOption(String id, String name, long contacts) implements Serializable {}

  /** f:viewAction: a template of the tenant, or a new one; anything else is "not found". */
  public void load() {
    for (Channel channel : Channel.values()) {
      drafts.put(channel, new ChannelDraft(channel));
    }
    cascade.clear();
    audienceOptions =
        audiences.lists().stream()
            .map(l -> new AudienceOption(l.getId().toString(), l.getName(), l.getContactCount()))
            .toList();
    if (idParam == null || idParam.isBlank()) {
      cascade.add(Channel.VIBER);
      return;
    }
    try {
      id = UUID.fromString(idParam.strip());
    } catch (IllegalArgumentException e) {
      notFound();
      return;
    }
    var found = templates.find(id);
    if (found.isEmpty()) {
      notFound();
      return;
    }
    MessageTemplate template = found.get();
    name = template.getName();
    provider = template.getProvider();
    sampleVariables = template.getSampleVariables();
    revision = template.getRevision();
    locked = template.isLocked();
    audience = template.getSampleAudienceId().flatMap(templates::sampleAudience).orElse(null);
    sampleAudienceId =
        audience == null ? null : template.getSampleAudienceId().map(UUID::toString).orElse(null);
    for (ChannelDraft draft : template.getChannels()) {
      drafts.put(draft.getChannel(), draft);
      cascade.add(draft.getChannel());
    }
    String imageUrl = getViber().getImageUrl();
    if (sendsImagesByUpload() && imageUrl != null) {
      showUploads(imageUrl, media.keptIds(imageUrl));
    }
  }

  /**
   * p:fileUpload next to the Viber image URL: keeps the image and puts its platform URL into the
   * field; for a Messaggio template also uploads it to the tenant's Messaggio accounts. A refusal
   * by Messaggio is shown with its code and text, and the image stays kept.
   */
  public void uploadViberImage(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    StoredImage image;
    try {
      MediaImage.checkSize(file.getSize());
      image = media.store(file.getFileName(), file.getContent());
    } catch (DomainException e) {
      imageUploadError = e.getMessage();
      messages.error(e);
      return;
    }
    imageUploadError = null;
    getViber().setImageUrl(image.url());
    // only now: a refused file leaves what the person typed in the field as it is
    PrimeFaces.current()
        .ajax()
        .update("templateForm:viberImageUrl", "templateForm:viberImageIds", "templateForm:preview");
    messages.info("template.image.uploaded", image.fileName());
    showUploads(image.url(), List.of());
    if (sendsImagesByUpload()) {
      uploadToMessaggio(image.url());
    }
  }

  /**
   * The provider changed: a Messaggio template needs the image at its accounts, so an uploaded
   * image is uploaded to the accounts that do not have it yet.
   */
  public void providerChanged() {
    String imageUrl = getViber().getImageUrl();
    showUploads(imageUrl, List.of());
    if (sendsImagesByUpload() && imageUrl != null && media.isUploaded(imageUrl)) {
      uploadToMessaggio(imageUrl);
    }
  }

  private void uploadToMessaggio(String imageUrl) {
    List<ProviderUpload> uploads = media.uploadToAccounts(imageUrl);
    if (uploads.isEmpty()) {
      messages.warn("template.image.noMessaggioAccount");
    }
    uploads.stream()
        .filter(u -> !u.ok())
        .forEach(
            u ->
                messages.warn(
                    "template.image.messaggioRefused", u.accountName(), u.text(), u.code()));
    showUploads(imageUrl, uploads);
  }

  private boolean sendsImagesByUpload() {
    return ProviderRegistry.capabilities(provider).mediaUpload();
  }

  private void showUploads(String imageUrl, List<ProviderUpload> uploads) {
    uploadsOf = imageUrl;
    messaggioUploads = List.copyOf(uploads);
  }

  private static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, "No such template");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  private TemplateDesign design() {
    return new TemplateDesign(
        name,
        provider,
        cascade.stream().map(drafts::get).toList(),
        sampleVariables,
        audienceUuid());
  }

  private UUID audienceUuid() {
    try {
      return sampleAudienceId == null || sampleAudienceId.isBlank()
          ? null
          : UUID.fromString(sampleAudienceId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String save() {
    TemplateDesign design = design();
    try {
      MessageTemplate saved = id == null ? templates.create(design) : templates.save(id, design);
      report = null;
      boolean newVersion = id != null && !saved.getId().equals(id);
      messages.info(newVersion ? "template.savedAsNewVersion" : "template.saved");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/templates/edit?faces-redirect=true&id=" + saved.getId();
    } catch (TemplateLintException e) {
      report = e.report();
      messages.error("template.notSaved", messagesOf(report.errors(), "; "));
      return null;
    } catch (DomainException e) {
      messages.error(e);
      return null;
    }
  }

  /** Runs the lint without saving, so warnings can be read before. */
  public void check() {
    report = templates.lint(design());
    if (!report.hasErrors()) {
      messages.info("template.checkPassed");
    }
  }

  /**
   * The audience menu changed: its variables are offered, and its first contact becomes the sample
   * recipient. A list of another tenant is not found, the same as none.
   */
  public void audienceChosen() {
    UUID listId = audienceUuid();
    audience = listId == null ? null : templates.sampleAudience(listId).orElse(null);
    if (audience == null) {
      sampleAudienceId = null;
      samplePhone = null;
      return;
    }
    samplePosition = 0;
    samplePhone = null;
    useSampleContact();
  }

  /** Previews with the audience's next contact (by phone), back to the first after the last. */
  public void nextSampleContact() {
    if (audience == null) {
      return;
    }
    samplePosition++;
    if (!useSampleContact() && samplePosition > 0) {
      samplePosition = 0;
      useSampleContact();
    }
  }

  private boolean useSampleContact() {
    Optional<Contact> contact = audiences.contactAt(audienceUuid(), samplePosition);
    contact.ifPresent(
        c -> {
          samplePhone = c.getPhone().e164();
          sampleVariables =
              c.getVariables().entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue().replaceAll("\\R", " "))
                  .collect(Collectors.joining("\n"));
        });
    return contact.isPresent();
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

  // ---- what the page shows (no side effects) ----

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

  public SampleRecipient getSample() {
    return SampleRecipient.parse(sampleVariables);
  }

  /** The value as the sample recipient sees it. */
  public String render(String template) {
    return getSample().render(template);
  }

  /**
   * Variables the template uses that its recipients would lack: not columns of the chosen audience,
   * or, without one, not in the sample.
   */
  public List<String> getUnknownVariables() {
    Set<String> used = MessageTemplate.variableNames(cascade.stream().map(drafts::get).toList());
    if (audience != null) {
      return used.stream().filter(v -> !audience.variables().contains(v)).toList();
    }
    return List.copyOf(getSample().unknown(used));
  }

  /** "%code%, %city%". */
  public String getUnknownVariablesText() {
    return getUnknownVariables().stream().map(v -> "%" + v + "%").collect(Collectors.joining(", "));
  }

  public SmsCount getSmsCount() {
    return SmsEncoding.count(render(drafts.get(Channel.SMS).getText()));
  }

  /** Errors of one field (or channel), joined, in the viewer's language; empty when none. */
  public String errorFor(String field) {
    return issuesFor(report == null ? List.of() : report.errors(), field);
  }

  public String warningFor(String field) {
    return issuesFor(report == null ? List.of() : report.warnings(), field);
  }

  private static String issuesFor(List<LintIssue> issues, String field) {
    return messagesOf(issues.stream().filter(i -> i.field().equals(field)).toList(), " ");
  }

  private static String messagesOf(List<LintIssue> issues, String separator) {
    Locale locale = viewLocale();
    return issues.stream().map(i -> i.message(locale)).collect(Collectors.joining(separator));
  }

  private static Locale viewLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The Messaggio accounts' answers for the image now in the field (none for another URL). */
  public List<ProviderUpload> getMessaggioUploads() {
    String imageUrl = getViber().getImageUrl();
    return sendsImagesByUpload() && imageUrl != null && imageUrl.equals(uploadsOf)
        ? messaggioUploads
        : List.of();
  }

  public String getImageUploadError() {
    return imageUploadError;
  }

  /** The largest image, for the hint next to the upload. */
  public int getImageMaxMegabytes() {
    return MediaImage.MAX_BYTES / (1024 * 1024);
  }

  /** The lint's warnings in the viewer's language. */
  public List<String> getWarnings() {
    Locale locale = viewLocale();
    return report == null
        ? List.of()
        : report.warnings().stream().map(w -> w.message(locale)).toList();
  }

  public List<AudienceOption> getAudienceOptions() {
    return audienceOptions;
  }

  /** The chosen audience, or null. */
  public SampleAudience getAudience() {
    return audience;
  }

  /** The phone of the audience contact the preview uses, or null. */
  public String getSamplePhone() {
    return samplePhone;
  }

  public int getSamplePosition() {
    return samplePosition;
  }

  public boolean isNew() {
    return id == null;
  }

  public ProviderKind[] getProviders() {
    return ProviderKind.values();
  }

  public ViberCategory[] getCategories() {
    return ViberCategory.values();
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

  // ---- form values ----

  /** The view parameter {@code id}; anything that is not a UUID is a template that is not found. */
  public String getTemplateId() {
    return idParam;
  }

  public void setTemplateId(String templateId) {
    this.idParam = templateId;
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

  public String getSampleVariables() {
    return sampleVariables;
  }

  public void setSampleVariables(String sampleVariables) {
    this.sampleVariables = sampleVariables;
  }

  public int getRevision() {
    return revision;
  }

  public boolean isLocked() {
    return locked;
  }

  public String getSampleAudienceId() {
    return sampleAudienceId;
  }

  public void setSampleAudienceId(String sampleAudienceId) {
    this.sampleAudienceId = sampleAudienceId;
  }

  public Channel getChannelToAdd() {
    return channelToAdd;
  }

  public void setChannelToAdd(Channel channelToAdd) {
    this.channelToAdd = channelToAdd;
  }
}
