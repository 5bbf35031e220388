package io.cascade.web.template;

import io.cascade.audience.AudienceService;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.media.MediaImage;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.media.MediaService;
import io.cascade.media.ProviderUpload;
import io.cascade.media.StoredImage;
import io.cascade.template.TemplateDesign;
import io.cascade.template.TemplateLintException;
import io.cascade.template.TemplateNotFoundException;
import io.cascade.template.TemplateService;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * templates/edit.xhtml: designs one template. The page edits a {@link TemplateForm}, previews it
 * with a {@link TemplateSample}, shows the last {@link LintView} per field and the Messaggio ids of
 * the Viber image ({@link TemplateImages}); this bean loads, saves and uploads.
 */
@Named
@ViewScoped
public class TemplateEditBacking implements Serializable {

  @EJB private TemplateService templates;
  @EJB private AudienceService audiences;
  @EJB private MediaService media;
  @Inject private Messages messages;

  private String idParam;

  /** The stored version edited, or null for a new template. */
  private UUID id;

  private int revision;
  private boolean locked;
  private TemplateForm form = new TemplateForm();
  private TemplateSample sample = new TemplateSample(form);
  private TemplateImages images = new TemplateImages(form);
  private final LintView lint = new LintView();

  /** f:viewAction: a template of the tenant, or a new one; anything else is "not found". */
  public void load() {
    if (idParam != null && !idParam.isBlank()) {
      MessageTemplate template = templates.get(parseId(idParam));
      id = template.getId();
      revision = template.getRevision();
      locked = template.isLocked();
      form = TemplateForm.of(template);
      sample = new TemplateSample(form);
      images = new TemplateImages(form);
      UUID audienceId = template.getSampleAudienceId().orElse(null);
      sample.restore(
          template.getSampleVariables(),
          audienceId == null ? null : templates.sampleAudience(audienceId).orElse(null),
          audienceId);
      String imageUrl = form.getViber().getImageUrl();
      if (form.sendsImagesByUpload() && imageUrl != null) {
        images.show(imageUrl, media.keptIds(imageUrl));
      }
    }
    sample.offer(audiences.lists());
  }

  /**
   * p:fileUpload next to the Viber image URL: keeps the image and puts its platform URL into the
   * field; for a provider that sends images by upload also uploads it to the tenant's accounts
   * there. A refusal by the provider is shown with its code and text, and the image stays kept.
   */
  public void uploadViberImage(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    MediaImage.checkSize(file.getSize());
    StoredImage image = media.store(file.getFileName(), file.getContent());
    form.getViber().setImageUrl(image.url());
    // only now: a refused file leaves what the person typed in the field as it is
    PrimeFaces.current()
        .ajax()
        .update("templateForm:viberImageUrl", "templateForm:viberImageIds", "templateForm:preview");
    messages.info("template.image.uploaded", image.fileName());
    images.show(image.url(), List.of());
    if (form.sendsImagesByUpload()) {
      uploadToAccounts(image.url());
    }
  }

  /** The provider changed: one that sends images by upload needs the image at its accounts. */
  public void providerChanged() {
    String imageUrl = form.getViber().getImageUrl();
    images.show(imageUrl, List.of());
    if (form.sendsImagesByUpload() && imageUrl != null && media.isUploaded(imageUrl)) {
      uploadToAccounts(imageUrl);
    }
  }

  private void uploadToAccounts(String imageUrl) {
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
    images.show(imageUrl, uploads);
  }

  public String save() {
    TemplateDesign design = form.design(sample.getVariables(), sample.chosenAudienceId());
    try {
      MessageTemplate saved = id == null ? templates.create(design) : templates.save(id, design);
      lint.clear();
      boolean newVersion = id != null && !saved.getId().equals(id);
      messages.info(newVersion ? "template.savedAsNewVersion" : "template.saved");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/templates/edit?faces-redirect=true&id=" + saved.getId();
    } catch (TemplateLintException e) {
      // not a refusal of one field: every error goes to its own field, the summary says so
      lint.show(e.report());
      messages.error("template.notSaved", lint.errors());
      PrimeFaces.current().scrollTo("templateForm:messages");
      return null;
    }
  }

  /** Runs the lint without saving, so warnings can be read before. */
  public void check() {
    lint.show(templates.lint(form.design(sample.getVariables(), sample.chosenAudienceId())));
    if (!lint.hasErrors()) {
      messages.info("template.checkPassed");
    }
  }

  /** The audience menu changed: its first contact becomes the sample recipient. */
  public void audienceChosen() {
    UUID listId = sample.chosenAudienceId();
    sample.chooseAudience(listId == null ? null : templates.sampleAudience(listId).orElse(null));
    if (sample.getAudience() != null) {
      useSampleContact(0);
    }
  }

  /** Previews with the audience's next contact (by phone), back to the first after the last. */
  public void nextSampleContact() {
    if (sample.getAudience() != null && !useSampleContact(sample.getPosition() + 1)) {
      useSampleContact(0);
    }
  }

  private boolean useSampleContact(int position) {
    var contact = audiences.contactAt(sample.chosenAudienceId(), position);
    contact.ifPresent(c -> sample.use(c, position));
    return contact.isPresent();
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      throw new TemplateNotFoundException(id);
    }
  }

  public TemplateForm getForm() {
    return form;
  }

  public TemplateSample getSample() {
    return sample;
  }

  public TemplateImages getImages() {
    return images;
  }

  public LintView getLint() {
    return lint;
  }

  public boolean isNew() {
    return id == null;
  }

  public int getRevision() {
    return revision;
  }

  public boolean isLocked() {
    return locked;
  }

  public ProviderKind[] getProviders() {
    return ProviderKind.values();
  }

  public ViberCategory[] getCategories() {
    return ViberCategory.values();
  }

  /** The view parameter {@code id}; anything that is not a UUID is a template that is not found. */
  public String getTemplateId() {
    return idParam;
  }

  public void setTemplateId(String templateId) {
    this.idParam = templateId;
  }
}
