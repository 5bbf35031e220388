package io.cascade.media;

import java.io.Serializable;
import java.util.UUID;

/**
 * How an image fared at one provider account: the provider's media id, or its refusal with the
 * provider's own code and text.
 */
public record ProviderUpload(
    UUID accountId, String accountName, String mediaId, String code, String text)
    implements Serializable {

  static ProviderUpload kept(UUID accountId, String accountName, String mediaId) {
    return new ProviderUpload(accountId, accountName, mediaId, null, null);
  }

  static ProviderUpload refused(UUID accountId, String accountName, String code, String text) {
    return new ProviderUpload(accountId, accountName, null, code, text);
  }

  public boolean ok() {
    return mediaId != null;
  }
}
