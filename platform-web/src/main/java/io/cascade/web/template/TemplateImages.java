package io.cascade.web.template;

import io.cascade.domain.media.MediaImage;
import io.cascade.media.ProviderUpload;
import java.io.Serializable;
import java.util.List;

/**
 * How the tenant's accounts at a provider that sends images by upload (Messaggio) took the Viber
 * image of the editor: their ids, or their refusals with the provider's code and text. Shown while
 * that image is the one in the field.
 */
public class TemplateImages implements Serializable {

  private final TemplateForm form;
  private List<ProviderUpload> uploads = List.of();
  private String uploadsOf;

  TemplateImages(TemplateForm form) {
    this.form = form;
  }

  void show(String imageUrl, List<ProviderUpload> answers) {
    uploadsOf = imageUrl;
    uploads = List.copyOf(answers);
  }

  /** The accounts' answers for the image now in the field (none for another URL). */
  public List<ProviderUpload> getUploads() {
    String imageUrl = form.getViber().getImageUrl();
    return form.sendsImagesByUpload() && imageUrl != null && imageUrl.equals(uploadsOf)
        ? uploads
        : List.of();
  }

  /** The largest image, for the hint next to the upload. */
  public int getMaxMegabytes() {
    return MediaImage.MAX_BYTES / (1024 * 1024);
  }
}
