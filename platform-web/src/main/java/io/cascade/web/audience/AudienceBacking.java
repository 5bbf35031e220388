package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.audience.ContactCsv;
import io.cascade.audience.CsvEncoding;
import io.cascade.audience.ImportFiles;
import io.cascade.domain.audience.AudienceNotFoundException;
import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.ContactImportError;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.shared.DomainException;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * audiences/audience.xhtml: one contact list. Upload a CSV, choose the phone and variable columns,
 * watch the import, read its refused rows, browse and search the contacts, delete the list.
 */
@Named
@ViewScoped
public class AudienceBacking implements Serializable {

  @EJB private AudienceService audiences;
  @Inject private Messages messages;

  private String id;
  private UUID listId;
  private ContactList list;

  // the uploaded file, waiting for the column choice
  private String uploadedFile;
  private String uploadedName;
  private List<String> columns = List.of();
  private String phoneColumn;
  private List<String> variableColumns = new ArrayList<>();

  private ContactImport contactImport;
  private List<ContactImportError> errors = List.of();

  private long suppressed;

  private String search;
  private final ContactModel contacts = new ContactModel();

  /** Loads the list of the URL's id; another tenant's list is as absent as a missing one. */
  public void load() throws IOException {
    try {
      listId = UUID.fromString(id);
      list = audiences.list(listId);
    } catch (IllegalArgumentException | NullPointerException | AudienceNotFoundException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, "No such contact list");
      context.responseComplete();
      return;
    }
    contactImport = audiences.latestImport(listId).orElse(null);
    suppressed = audiences.countSuppressed(listId);
    loadErrors();
  }

  /** Keeps the uploaded file on disk and reads its header, for the column choice. */
  public void upload(FileUploadEvent event) {
    discardUpload();
    Path file = null;
    try (InputStream in = event.getFile().getInputStream()) {
      file = ImportFiles.create("upload");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      ContactCsv.Header header = audiences.header(file);
      uploadedFile = file.toString();
      uploadedName = event.getFile().getFileName();
      columns = header.columns();
      phoneColumn = header.suggestedPhoneColumn();
      variableColumns = new ArrayList<>(columns);
      variableColumns.remove(phoneColumn);
    } catch (DomainException e) {
      deleteQuietly(file);
      messages.refused(e);
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException(e);
    }
  }

  public void startImport() {
    try {
      contactImport =
          audiences.startImport(
              listId,
              Path.of(uploadedFile),
              uploadedName,
              phoneColumn,
              variableColumns,
              CsvEncoding.AUTO);
      errors = List.of();
      uploadedFile = null;
      columns = List.of();
    } catch (DomainException e) {
      messages.refused(e);
    }
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
    return DefaultStreamedContent.builder()
        .name("import-errors.csv")
        .contentType("text/csv")
        .writer(
            out -> {
              try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                audiences.writeErrors(listOfImport, importId, writer);
                writer.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  private void loadErrors() {
    errors =
        contactImport != null && contactImport.getStatus().isFinished()
            ? audiences.errors(listId, contactImport.getId())
            : List.of();
  }

  private void discardUpload() {
    if (uploadedFile != null) {
      deleteQuietly(Path.of(uploadedFile));
      uploadedFile = null;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file; the server's temp folder is cleaned anyway
      }
    }
  }

  /** "name: Ann, city: Kyiv", for the table. */
  public String variablesOf(Contact contact) {
    return contact.getVariables().entrySet().stream()
        .map(v -> v.getKey() + ": " + v.getValue())
        .collect(Collectors.joining(", "));
  }

  public boolean isUploaded() {
    return uploadedFile != null;
  }

  public boolean isImportRunning() {
    return contactImport != null && !contactImport.getStatus().isFinished();
  }

  /** True when the contact's phone is on the suppression list (of the page shown). */
  public boolean suppressed(Contact contact) {
    return contacts.suppressedOnPage.contains(contact.getPhone().e164());
  }

  /** The contacts, a page at a time from the database, with the page's suppressed phones. */
  public class ContactModel extends LazyDataModel<Contact> {
    private Set<String> suppressedOnPage = Set.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) audiences.countContacts(listId, search);
    }

    @Override
    public List<Contact> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<Contact> page = audiences.contacts(listId, search, first, pageSize);
      suppressedOnPage =
          audiences.suppressedAmong(page.stream().map(c -> c.getPhone().e164()).toList());
      return page;
    }

    @Override
    public String getRowKey(Contact contact) {
      return contact.getId().toString();
    }
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

  public String getUploadedName() {
    return uploadedName;
  }

  public List<String> getColumns() {
    return columns;
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

  public ContactModel getContacts() {
    return contacts;
  }
}
