package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.domain.audience.AudienceNotFoundException;
import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.ContactImportError;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.web.shell.CsvDownload;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * audiences/audience.xhtml: one contact list. Watch its import (the upload and the column choice
 * are {@link AudienceUploadBacking}'s), read the refused rows, browse and search the contacts,
 * delete the list. Refusals reach the page through the Faces exception handler.
 */
@Named
@ViewScoped
public class AudienceBacking implements Serializable {

  @EJB private AudienceService audiences;
  @Inject private Messages messages;

  private String id;
  private UUID listId;
  private ContactList list;

  private ContactImport contactImport;

  /** Why the import failed or stopped, read once per change of the import (the poll renders it). */
  private LocalizedText failure;

  private List<ContactImportError> errors = List.of();
  private long suppressed;
  private String search;
  private AudienceContacts contacts;

  /** Loads the list of the URL's id; another tenant's list is as absent as a missing one. */
  public void load() {
    try {
      listId = UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new AudienceNotFoundException("contact list", null);
    }
    list = audiences.list(listId);
    contacts = new AudienceContacts(() -> audiences, listId, () -> search);
    follow(audiences.latestImport(listId).orElse(null));
    suppressed = audiences.countSuppressed(listId);
    loadErrors();
  }

  /** The upload part of the page started an import of this list: the page follows it. */
  public void importStarted(ContactImport started) {
    follow(started);
    errors = List.of();
  }

  public UUID getListId() {
    return listId;
  }

  /** Polled while the import runs: its progress, and at the end the list and the errors. */
  public void refresh() {
    if (contactImport == null) {
      return;
    }
    follow(audiences.importOf(listId, contactImport.getId()));
    if (contactImport.getStatus().isFinished()) {
      list = audiences.list(listId);
      suppressed = audiences.countSuppressed(listId);
      loadErrors();
      PrimeFaces.current().executeScript("PF('importPoll').stop()");
    }
  }

  public String delete() {
    audiences.delete(listId);
    messages.info("audience.deleted", list.getName(), list.getContactCount());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/audiences/index?faces-redirect=true";
  }

  /** Every refused row of the last import as CSV: line, reason, row. */
  public StreamedContent getErrorsCsv() {
    UUID listOfImport = listId;
    UUID importId = contactImport.getId();
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return CsvDownload.of(
        "import-errors.csv", out -> audiences.writeErrors(listOfImport, importId, out, language));
  }

  private void loadErrors() {
    errors =
        contactImport != null && contactImport.getStatus().isFinished()
            ? audiences.errors(listId, contactImport.getId())
            : List.of();
  }

  /** Why the row was refused, shown in the viewer's language. */
  public LocalizedText reasonOf(ContactImportError error) {
    return audiences.reasonOf(error);
  }

  private void follow(ContactImport latest) {
    contactImport = latest;
    failure = latest == null ? null : audiences.failureOf(latest).orElse(null);
  }

  /** Why the latest import failed or stopped, in the viewer's language; null when it did not. */
  public LocalizedText getFailure() {
    return failure;
  }

  public String variablesOf(Contact contact) {
    return AudienceContacts.variablesOf(contact);
  }

  public boolean suppressed(Contact contact) {
    return contacts.suppressed(contact);
  }

  public boolean isImportRunning() {
    return contactImport != null && !contactImport.getStatus().isFinished();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** How many of the list's contacts are suppressed. */
  public long getSuppressed() {
    return suppressed;
  }

  public ContactList getList() {
    return list;
  }

  public ContactImport getContactImport() {
    return contactImport;
  }

  public List<ContactImportError> getErrors() {
    return errors;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public AudienceContacts getContacts() {
    return contacts;
  }
}
