package io.cascade.template;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.LocalizedText;

/** A template a campaign uses cannot be deleted: the campaign must show what it sent. */
public class TemplateInUseException extends DomainException {

  public TemplateInUseException(String name) {
    super(LocalizedText.of(TemplateLint.class, TemplateLint.BUNDLE, "template.inUse", name));
  }
}
