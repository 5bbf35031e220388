package io.cascade.template;

import io.cascade.domain.shared.NotFoundException;
import java.util.UUID;

/** No template of the caller's tenant has this id (another tenant's template is never found). */
public class TemplateNotFoundException extends NotFoundException {

  public TemplateNotFoundException(UUID id) {
    super("There is no template " + id);
  }
}
