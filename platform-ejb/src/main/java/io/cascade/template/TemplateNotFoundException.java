package io.cascade.template;

import io.cascade.domain.shared.NotFoundException;

/** No template of the caller's tenant has this id (another tenant's template is never found). */
public class TemplateNotFoundException extends NotFoundException {

  /**
   * @param id the id as it was given, which may be no id at all ("not-a-uuid")
   */
  public TemplateNotFoundException(Object id) {
    super("There is no template " + id + ".");
  }
}
