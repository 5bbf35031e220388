package io.cascade.domain.media;

import io.cascade.domain.shared.DomainException;

/** A provider refused to take an image (or did not answer); code and text are the provider's. */
public class ProviderMediaRefusedException extends DomainException {

  private final String code;
  private final String text;

  public ProviderMediaRefusedException(String account, String code, String text) {
    super("Account " + account + " refused the image: " + text + " (code " + code + ")");
    this.code = code;
    this.text = text;
  }

  public String code() {
    return code;
  }

  public String text() {
    return text;
  }
}
