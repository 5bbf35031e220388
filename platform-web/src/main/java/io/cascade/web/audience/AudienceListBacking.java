package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.audience.SuppressionService;
import io.cascade.domain.audience.ContactList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** audiences/index.xhtml: the tenant's contact lists; a new one is created here. */
@Named
@RequestScoped
public class AudienceListBacking {

  @EJB private AudienceService audiences;
  @EJB private SuppressionService suppression;

  private String name;
  private List<ContactList> lists;
  private long suppressed;

  public void load() {
    lists = audiences.lists();
    suppressed = suppression.count();
  }

  /** Creates the list and opens it, ready for an upload. */
  public String create() {
    ContactList list = audiences.create(name);
    return "/audiences/audience?faces-redirect=true&id=" + list.getId();
  }

  public List<ContactList> getLists() {
    return lists;
  }

  public long getSuppressed() {
    return suppressed;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
