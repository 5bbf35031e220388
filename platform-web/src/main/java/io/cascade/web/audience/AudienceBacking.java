package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.audience.AudienceService.StagedCsv;
import io.cascade.audience.CsvEncoding;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * audiences/audience.xhtml: one contact list. Upload a CSV (the service keeps it), choose its
 * encoding, the phone and the variable columns, watch the import, read its refused rows, browse and
 * search the contacts, delete the list. Refusals reach the page through the Faces exception
 * handler.
 */
@Named
@ViewScoped
public class AudienceBacking implements Serializable {

  @EJB private AudienceService audiences;
  @Inject private Messages messages;

  private String id;
  private UUID listId;
  private ContactList list;

  /** The uploaded file waiting for the column choice, and the choice. */
  private StagedCsv staged;

  private CsvEncoding encoding;
  private String phoneColumn;
  private List<String> variableColumns = new ArrayList<>();

  private ContactImport contactImport;
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
    contactImport = audiences.latestImport(listId).orElse(null);
    suppressed = audiences.countSuppressed(listId);
    loadErrors();
  }

  /** Keeps the uploaded file (in the service) and reads its header, for the column choice. */
  public void upload(FileUploadEvent event) throws IOException {
    discardStaged();
    try (InputStream in = event.getFile().getInputStream()) {
      show(audiences.stage(in, event.getFile().getFileName()));
    }
  }

  /** The person chose another encoding: the columns are read again in it. */
  public void encodingChosen() {
    show(audiences.reread(staged, encoding));
  }

  private void show(StagedCsv csv) {
    staged = csv;
    encoding = csv.encoding();
    phoneColumn = csv.phoneColumn();
    variableColumns = new ArrayList<>(csv.variables());
    if (phoneColumn == null) {
      messages.warn("audience.phoneColumn.none");
    }
  }

  public void startImport() {
    contactImport = audiences.startImport(listId, staged, phoneColumn, variableColumns);
    errors = List.of();
    staged = null;
  }

  /** Polled while the import runs: its progress, and at the end the list and the errors. */
  public void refresh() {
    if (contactImport == null) {
      return;
    }
    contactImport = audiences.importOf(listId, contactImport.getId());
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

  private void discardStaged() {
    if (staged != null) {
      audiences.discard(staged);
      staged = null;
    }
  }

  /** Why the row was refused, shown in the viewer's language. */
  public LocalizedText reasonOf(ContactImportError error) {
    return audiences.reasonOf(error);
  }

  public String variablesOf(Contact contact) {
    return AudienceContacts.variablesOf(contact);
  }

  public boolean suppressed(Contact contact) {
    return contacts.suppressed(contact);
  }

  public boolean isUploaded() {
    return staged != null;
  }

  public boolean isImportRunning() {
    return contactImport != null && !contactImport.getStatus().isFinished();
  }

  public CsvEncoding[] getEncodings() {
    return new CsvEncoding[] {CsvEncoding.UTF_8, CsvEncoding.UTF_16, CsvEncoding.WINDOWS_1251};
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

  public StagedCsv getStaged() {
    return staged;
  }

  public CsvEncoding getEncoding() {
    return encoding;
  }

  public void setEncoding(CsvEncoding encoding) {
    this.encoding = encoding;
  }

  public String getPhoneColumn() {
    return phoneColumn;
  }

  public void setPhoneColumn(String phoneColumn) {
    this.phoneColumn = phoneColumn;
  }

  public List<String> getVariableColumns() {
    return variableColumns;
  }

  public void setVariableColumns(List<String> variableColumns) {
    this.variableColumns = variableColumns;
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
