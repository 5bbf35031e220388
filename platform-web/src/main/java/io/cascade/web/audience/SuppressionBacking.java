package io.cascade.web.audience;

import io.cascade.audience.SuppressionService;
import io.cascade.domain.audience.SuppressedPhone;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * audiences/suppression.xhtml: the numbers that opted out, a page at a time with a search; add,
 * remove, import (the refused rows download as CSV), export. Refusals reach the page through the
 * Faces exception handler.
 */
@Named
@ViewScoped
public class SuppressionBacking implements Serializable {

  @EJB private SuppressionService suppression;
  @Inject private Messages messages;

  private String phone;
  private String reason;
  private String search;
  private SuppressionService.ImportOutcome lastImport;
  private final Numbers numbers = new Numbers();

  /** The list, a page at a time from the database, filtered by the search. */
  public class Numbers extends LazyDataModel<SuppressedPhone> {

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) suppression.count(search);
    }

    @Override
    public List<SuppressedPhone> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return suppression.page(search, first, pageSize);
    }

    @Override
    public String getRowKey(SuppressedPhone number) {
      return number.getId().toString();
    }
  }

  public void add() {
    suppression.add(phone, reason);
    phone = null;
    reason = null;
    messages.info("suppression.added");
  }

  public void remove(UUID id) {
    suppression.remove(id);
  }

  public void upload(FileUploadEvent event) throws IOException {
    try (InputStream in = event.getFile().getInputStream()) {
      lastImport =
          suppression.importCsv(in, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    if (lastImport.refused() > 0) {
      messages.warn(
          "suppression.importedWithRefused",
          lastImport.added(),
          lastImport.alreadyThere(),
          lastImport.refused());
    } else {
      messages.info("suppression.imported", lastImport.added(), lastImport.alreadyThere());
    }
    if (lastImport.stop() != null) {
      // the numbers before the stop were added; say which lines were not read, and why
      messages.error(lastImport.stop().reason());
    }
  }

  public StreamedContent getExport() {
    return CsvDownload.of("suppression-list.csv", suppression::writeCsv);
  }

  /** Every refused row of the last import, as CSV: line, reason, row. */
  public StreamedContent getRefusedCsv() {
    String file = lastImport.refusedFile();
    return CsvDownload.of(
        "suppression-refused-rows.csv", out -> suppression.writeRefused(file, out));
  }

  /** The first refused rows of the last import, by line. */
  public List<SuppressionService.RefusedRow> getRefused() {
    return lastImport == null ? List.of() : lastImport.firstRefused();
  }

  public long getRefusedCount() {
    return lastImport == null ? 0 : lastImport.refused();
  }

  public Numbers getNumbers() {
    return numbers;
  }

  public long getCount() {
    return suppression.count(null);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
