package io.cascade.domain.template;

import io.cascade.domain.shared.DomainException;

/**
 * A template that a scheduled or sent campaign uses was about to change in place. Services answer
 * it by saving a new version instead (see {@code TemplateService.save}).
 */
public class TemplateLockedException extends DomainException {

  public TemplateLockedException(String name, int revision) {
    super(
        "Template \""
            + name
            + "\" version "
            + revision
            + " is used by a campaign and cannot change; save it as a new version.");
  }
}
