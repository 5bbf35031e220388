package io.cascade.audience;

import io.cascade.domain.audience.AudienceNotFoundException;
import io.cascade.domain.audience.Contact;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.ContactImportError;
import io.cascade.domain.audience.ContactList;
import io.cascade.domain.audience.ImportStatus;
import io.cascade.domain.shared.LocalizedText;
import io.cascade.report.CsvCells;
import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantContext;
import io.cascade.tenancy.TenantProfileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The caller's contact lists: create, browse, delete, and import CSV files into them. Everything
 * runs in the caller's tenant; a list of another tenant is reported as not found.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER})
public class AudienceService {

  /** Errors shown on a page; the download has them all. */
  public static final int ERRORS_SHOWN = 100;

  @PersistenceContext private EntityManager em;
  @EJB private ImportProgress progress;
  @EJB private ContactImporter importer;
  @EJB private TenantProfileService profiles;

  public ContactList create(String name) {
    ContactList list = new ContactList(name);
    em.persist(list);
    return list;
  }

  /** The tenant's lists, newest first. */
  public List<ContactList> lists() {
    return em.createQuery(
            "select l from ContactList l order by l.createdAt desc", ContactList.class)
        .getResultList();
  }

  public ContactList list(UUID listId) {
    return findList(listId)
        .orElseThrow(() -> new AudienceNotFoundException("contact list", listId));
  }

  /**
   * The list, or empty when the tenant has none with this id. Unlike {@link #list}, this does not
   * roll back the caller's transaction.
   */
  public Optional<ContactList> findList(UUID listId) {
    return Optional.ofNullable(listId == null ? null : em.find(ContactList.class, listId));
  }

  /**
   * Deletes the list with its imports (the database cascades) and its contacts. The list's row goes
   * first: an import merging into the list holds it locked, so this waits for that import's commit,
   * and the contacts' delete then sees its rows too (contact has no foreign key to its list since
   * V10, see ContactImporter.merge).
   */
  public void delete(UUID listId) {
    em.remove(list(listId));
    em.flush();
    em.createNativeQuery("delete from contact where tenant_id = ?1 and list_id = ?2")
        .setParameter(1, TenantContext.current().orElseThrow())
        .setParameter(2, listId)
        .executeUpdate();
  }

  /** A page of the list's contacts by phone, those whose phone or variables contain the text. */
  public List<Contact> contacts(UUID listId, String search, int first, int max) {
    return contactQuery(listId, search, "select c", Contact.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countContacts(UUID listId, String search) {
    return contactQuery(listId, search, "select count(c)", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> contactQuery(UUID listId, String search, String select, Class<T> type) {
    list(listId);
    boolean filtered = search != null && !search.isBlank();
    String jpql =
        select
            + " from Contact c where c.listId = :list"
            + (filtered
                ? " and (c.phone like :search or lower(c.variablesJson) like lower(:search))"
                : "")
            + (type == Contact.class ? " order by c.phone" : "");
    TypedQuery<T> query = em.createQuery(jpql, type).setParameter("list", listId);
    if (filtered) {
      query.setParameter("search", "%" + escapeLike(search.strip()) + "%");
    }
    return query;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The variables the list's contacts carry: the variable columns of its imports that put contacts
   * in (completed, or partly), in the order they were first imported. The template editor offers
   * them.
   */
  public List<String> variableNames(UUID listId) {
    list(listId);
    Set<String> names = new LinkedHashSet<>();
    em.createQuery(
            "select i from ContactImport i where i.listId = :list and i.status in :imported"
                + " order by i.startedAt",
            ContactImport.class)
        .setParameter("list", listId)
        .setParameter("imported", List.of(ImportStatus.COMPLETED, ImportStatus.PARTIAL))
        .getResultStream()
        .forEach(i -> names.addAll(i.getVariableColumns()));
    return List.copyOf(names);
  }

  /** The list's contact at this position (by phone), for previews; empty past the end. */
  public Optional<Contact> contactAt(UUID listId, int position) {
    return contacts(listId, null, Math.max(0, position), 1).stream().findFirst();
  }

  /**
   * How many of the list's contacts are on the tenant's suppression list: campaigns never send to
   * them.
   */
  public long countSuppressed(UUID listId) {
    list(listId);
    return em.createQuery(
            "select count(c) from Contact c where c.listId = :list and exists (select s from"
                + " SuppressedPhone s where s.phone = c.phone and s.tenantId = c.tenantId)",
            Long.class)
        .setParameter("list", listId)
        .getSingleResult();
  }

  /** The phones among these (E.164) that are on the tenant's suppression list. */
  public Set<String> suppressedAmong(Collection<String> phones) {
    if (phones.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                SuppressionService.SUPPRESSED_PHONES_JPQL + " where s.phone in :phones",
                String.class)
            .setParameter("phones", phones)
            .getResultList());
  }

  private static final String UPLOAD = "upload";

  /** Rows of an upload shown before its import. */
  private static final int PREVIEW_ROWS = 3;

  /**
   * An uploaded CSV waiting for its columns to be chosen. The service keeps the file (in the
   * imports folder, named by {@code id}); the screen keeps only this.
   *
   * @param encoding the encoding it is read in (detected, or chosen)
   * @param phoneColumn the column that looks like phones (by its name, else by its values), or null
   *     when none does: the person must choose
   * @param variables the columns proposed as variables
   * @param preview the first rows as read in {@code encoding}, for the person to check it
   */
  public record StagedCsv(
      String id,
      String fileName,
      CsvEncoding encoding,
      List<String> columns,
      String phoneColumn,
      List<String> variables,
      List<List<String>> preview)
      implements java.io.Serializable {}

  /**
   * Keeps an uploaded file for its import and reads its first line.
   *
   * @throws io.cascade.domain.audience.InvalidAudienceException when it is no CSV (the file is
   *     deleted then)
   */
  public StagedCsv stage(InputStream content, String fileName) {
    Path file = null;
    try {
      file = ImportFiles.createFor(UPLOAD, TenantContext.current().orElseThrow());
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      return staged(file, fileName, CsvEncoding.AUTO);
    } catch (IOException e) {
      ImportFiles.deleteQuietly(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      ImportFiles.deleteQuietly(file);
      throw e;
    }
  }

  /** The staged file read again in another encoding (the person's choice on the columns step). */
  public StagedCsv reread(StagedCsv staged, CsvEncoding encoding) {
    return staged(stagedFile(staged), staged.fileName(), encoding);
  }

  /** A staged file that will not be imported. */
  public void discard(StagedCsv staged) {
    ImportFiles.deleteQuietly(stagedFile(staged));
  }

  /** Starts importing a staged file; the file becomes the import's. */
  public ContactImport startImport(
      UUID listId, StagedCsv staged, String phoneColumn, List<String> variableColumns) {
    return startImport(
        listId,
        stagedFile(staged),
        staged.fileName(),
        phoneColumn,
        variableColumns,
        staged.encoding());
  }

  private StagedCsv staged(Path file, String fileName, CsvEncoding encoding) {
    ContactCsv.Header header = header(file, encoding);
    List<List<String>> rows;
    try {
      rows = ContactCsv.firstRows(file, header, ContactCsv.SNIFF_ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String phone =
        header
            .phoneColumnByName()
            .or(() -> ContactCsv.phoneColumnByValues(header, rows))
            .orElse(null);
    return new StagedCsv(
        file.getFileName().toString(),
        fileName,
        header.encoding(),
        header.columns(),
        phone,
        header.variableColumnsBesides(phone),
        List.copyOf(rows.subList(0, Math.min(PREVIEW_ROWS, rows.size()))));
  }

  /** The file of a staged upload: only the caller's tenant's, never a path elsewhere. */
  private static Path stagedFile(StagedCsv staged) {
    return ImportFiles.ofTenant(staged.id(), UPLOAD, TenantContext.current().orElseThrow());
  }

  /**
   * The first line of an uploaded file in the encoding detected from its bytes: its columns, for
   * choosing phone and variables, and the encoding found ({@link ContactCsv.Header#encoding()}).
   */
  public ContactCsv.Header header(Path file) {
    return header(file, CsvEncoding.AUTO);
  }

  /** The first line of an uploaded file read in the given encoding (AUTO: detected). */
  public ContactCsv.Header header(Path file, CsvEncoding encoding) {
    try {
      return ContactCsv.readHeader(file, encoding);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts importing a CSV file into the list in the background. The file becomes the import's: it
   * is deleted when the import ends.
   *
   * @param encoding the file's encoding as chosen at upload, or AUTO to detect it; the rows are
   *     read in it (it travels with the import's job, in its header)
   */
  public ContactImport startImport(
      UUID listId,
      Path file,
      String fileName,
      String phoneColumn,
      List<String> variableColumns,
      CsvEncoding encoding) {
    list(listId);
    ContactCsv.Header header = header(file, encoding);
    header.check(phoneColumn, variableColumns);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ContactImport started =
        progress.create(
            new ContactImport(
                listId,
                fileName,
                size,
                phoneColumn,
                variableColumns,
                InterruptedImports.thisNode()));
    importer.run(
        new ContactImporter.Job(
            TenantContext.current().orElseThrow(),
            started.getId(),
            listId,
            file,
            header,
            phoneColumn,
            List.copyOf(variableColumns),
            profiles.current().getPhoneRegion()));
    return started;
  }

  public ContactImport importOf(UUID listId, UUID importId) {
    ContactImport found = importId == null ? null : em.find(ContactImport.class, importId);
    if (found == null || !found.getListId().equals(listId)) {
      throw new AudienceNotFoundException("import", importId);
    }
    return found;
  }

  /** The list's most recent import, if any. */
  public Optional<ContactImport> latestImport(UUID listId) {
    return em.createQuery(
            "select i from ContactImport i where i.listId = :list order by i.startedAt desc",
            ContactImport.class)
        .setParameter("list", listId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The first refused rows of an import, by line. */
  public List<ContactImportError> errors(UUID listId, UUID importId) {
    importOf(listId, importId);
    return errorQuery(importId).setMaxResults(ERRORS_SHOWN).getResultList();
  }

  /** Why a row was refused, in any language (rows refused before V14: in English only). */
  public LocalizedText reasonOf(ContactImportError error) {
    return StoredText.read(error.getReasonText())
        .orElseGet(() -> ContactCsv.text("row.asStored", error.getReason()));
  }

  /** Why the import failed or stopped, in each viewer's language where it was stored so. */
  public Optional<LocalizedText> failureOf(ContactImport contactImport) {
    if (contactImport.getFailure() == null) {
      return Optional.empty();
    }
    return StoredText.read(contactImport.getFailureText())
        .or(() -> Optional.of(ContactCsv.text("row.asStored", contactImport.getFailure())));
  }

  /** Writes every refused row of the import as CSV (line, reason, row), the reasons in English. */
  public void writeErrors(UUID listId, UUID importId, Writer out) throws IOException {
    writeErrors(listId, importId, out, Locale.ROOT);
  }

  /** Writes every refused row of the import as CSV: line, reason (in the language), row. */
  public void writeErrors(UUID listId, UUID importId, Writer out, Locale language)
      throws IOException {
    importOf(listId, importId);
    CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("line", "reason", "row").get());
    try (var rows =
        errorQuery(importId).setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
      for (ContactImportError error : (Iterable<ContactImportError>) rows::iterator) {
        csv.printRecord(
            error.getLine(),
            CsvCells.neutralised(reasonOf(error).in(language)),
            CsvCells.neutralised(error.getRaw()));
        em.detach(error);
      }
    }
    csv.flush();
  }

  private TypedQuery<ContactImportError> errorQuery(UUID importId) {
    return em.createQuery(
            "select e from ContactImportError e where e.importId = :import order by e.line",
            ContactImportError.class)
        .setParameter("import", importId);
  }
}
