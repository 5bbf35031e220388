package io.cascade.provider;

/**
 * The part of a provider that takes images by upload and sends them by the id it gives (Messaggio's
 * {@code image_id}); offered by {@link ProviderClient#mediaUploader()} when {@link
 * ProviderCapabilities#mediaUpload()} is true.
 */
@FunctionalInterface
public interface MediaUploader {

  /**
   * Uploads an image and returns the provider's id of it, to be put in {@link
   * SendRequest#uploadedMedia()} under the image's URL.
   *
   * @throws MediaUploadException when the image is refused, by us or by the provider
   * @throws jakarta.ws.rs.ProcessingException when the provider does not answer
   */
  String uploadImage(String fileName, byte[] image);
}
