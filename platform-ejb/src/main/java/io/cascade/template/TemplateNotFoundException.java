package io.cascade.template;

import io.cascade.shared.DomainException;
import java.util.UUID;

/** No template of the caller's tenant has this id (another tenant's template is never found). */
public class TemplateNotFoundException extends DomainException {

  public TemplateNotFoundException(UUID id) {
    super("There is no template " + id);
  }
}
