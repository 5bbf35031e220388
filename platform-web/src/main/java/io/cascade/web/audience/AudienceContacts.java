package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.domain.audience.Contact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A list's contacts, a page at a time from the database, with the page's suppressed phones. */
public class AudienceContacts extends LazyDataModel<Contact> {

  /** What the table reads from its page: kept with the view, so it must serialize. */
  interface Source<T> extends Supplier<T>, java.io.Serializable {}

  private final Source<AudienceService> audiences;
  private final UUID listId;
  private final Source<String> search;
  private Set<String> suppressedOnPage = Set.of();

  AudienceContacts(Source<AudienceService> audiences, UUID listId, Source<String> search) {
    this.audiences = audiences;
    this.listId = listId;
    this.search = search;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) audiences.get().countContacts(listId, search.get());
  }

  @Override
  public List<Contact> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<Contact> page = audiences.get().contacts(listId, search.get(), first, pageSize);
    suppressedOnPage =
        audiences.get().suppressedAmong(page.stream().map(c -> c.getPhone().e164()).toList());
    return page;
  }

  @Override
  public String getRowKey(Contact contact) {
    return contact.getId().toString();
  }

  /** True when the contact's phone is on the suppression list (of the page shown). */
  boolean suppressed(Contact contact) {
    return suppressedOnPage.contains(contact.getPhone().e164());
  }

  /** "name: Ann, city: Kyiv", for the table. */
  static String variablesOf(Contact contact) {
    return contact.getVariables().entrySet().stream()
        .map(v -> v.getKey() + ": " + v.getValue())
        .collect(Collectors.joining(", "));
  }
}
