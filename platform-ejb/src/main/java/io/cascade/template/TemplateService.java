package io.cascade.template;

import io.cascade.audience.AudienceService;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.media.MediaService;
import io.cascade.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's templates, for campaign managers (and tenant admins). Every read goes
 * through the tenant filter, so another tenant's template is simply not found.
 *
 * <p>The versioning rule: saving a template that a campaign uses (locked) never changes it; the
 * change is saved as the template's next version, and the caller gets that version back.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER})
public class TemplateService {

  @PersistenceContext private EntityManager em;
  @EJB private AudienceService audiences;
  @EJB private MediaService media;

  /** The newest version of each template, by name. */
  public List<MessageTemplate> list() {
    return em.createQuery(
            "select t from MessageTemplate t where not exists (select n from MessageTemplate n"
                + " where n.lineageId = t.lineageId and n.revision > t.revision)"
                + " order by lower(t.name), t.id",
            MessageTemplate.class)
        .getResultList();
  }

  public Optional<MessageTemplate> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(MessageTemplate.class, id));
  }

  public MessageTemplate get(UUID id) {
    return find(id).orElseThrow(() -> new TemplateNotFoundException(id));
  }

  /** Checks a design against its provider's rules without saving anything. */
  public LintReport lint(TemplateDesign design) {
    return TemplateLint.lint(
        design, media::isUploaded, sampleAudience(design.sampleAudienceId()).orElse(null));
  }

  /**
   * The audience a template is previewed with: its name and variables; empty for none, or for a
   * list that was deleted since.
   */
  public Optional<SampleAudience> sampleAudience(UUID listId) {
    return audiences
        .findList(listId)
        .map(list -> new SampleAudience(list.getName(), audiences.variableNames(list.getId())));
  }

  /**
   * Saves a new template.
   *
   * @throws TemplateLintException when the design breaks its provider's rules
   */
  public MessageTemplate create(TemplateDesign design) {
    requireClean(design);
    MessageTemplate template =
        new MessageTemplate(
            design.name(), design.provider(), design.channels(), design.sampleVariables());
    template.previewWith(knownAudience(design));
    em.persist(template);
    return template;
  }

  /**
   * Saves a changed design: in place, or as the next version when a campaign uses this one.
   *
   * @return the version that now holds the design (a new id when a new version was made)
   * @throws TemplateLintException when the design breaks its provider's rules
   */
  public MessageTemplate save(UUID id, TemplateDesign design) {
    MessageTemplate template = get(id);
    requireClean(design);
    MessageTemplate saved =
        template.change(
            design.name(), design.provider(), design.channels(), design.sampleVariables());
    saved.previewWith(knownAudience(design));
    if (saved != template) {
      em.persist(saved);
    }
    return saved;
  }

  /** A new template with the design of this one, named "... (copy)". */
  public MessageTemplate copy(UUID id) {
    MessageTemplate original = get(id);
    String name = original.getName() + " (copy)";
    if (name.length() > MessageTemplate.NAME_MAX_LENGTH) {
      name = name.substring(name.length() - MessageTemplate.NAME_MAX_LENGTH);
    }
    MessageTemplate copy = original.copyAs(name);
    em.persist(copy);
    return copy;
  }

  /**
   * Deletes a template with all its versions.
   *
   * @throws TemplateInUseException when a campaign uses a version of it (it is locked): a campaign
   *     must always be able to show what it sent
   */
  public void delete(UUID id) {
    MessageTemplate template = get(id);
    boolean used =
        em.createQuery(
                    "select count(t) from MessageTemplate t where t.lineageId = :lineage and t.locked",
                    Long.class)
                .setParameter("lineage", template.getLineageId())
                .getSingleResult()
            > 0;
    if (used) {
      throw new TemplateInUseException(template.getName());
    }
    em.createQuery("delete from MessageTemplate t where t.lineageId = :lineage")
        .setParameter("lineage", template.getLineageId())
        .executeUpdate();
  }

  /**
   * The seam for campaigns: a campaign that is scheduled or sent locks the template version it
   * uses, so later edits become new versions.
   */
  public MessageTemplate lock(UUID id) {
    MessageTemplate template = get(id);
    template.lock();
    return template;
  }

  /** The design's audience when it is one of the tenant's lists; anything else is kept as none. */
  private UUID knownAudience(TemplateDesign design) {
    return audiences.findList(design.sampleAudienceId()).map(ContactList::getId).orElse(null);
  }

  private void requireClean(TemplateDesign design) {
    LintReport report = lint(design);
    if (report.hasErrors()) {
      throw new TemplateLintException(report);
    }
  }
}
