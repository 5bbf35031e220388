/**
 * The template designer: the list and editor screens (templates/index.xhtml, templates/edit.xhtml)
 * and the REST resource /api/templates. Thin: everything goes through the EJB module's {@code
 * TemplateService}; depends on the domain's {@code template} and {@code channel} packages.
 */
package io.cascade.web.template;
