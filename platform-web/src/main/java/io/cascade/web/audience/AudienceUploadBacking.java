package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.audience.AudienceService.StagedCsv;
import io.cascade.audience.CsvEncoding;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The upload part of audiences/audience.xhtml: a CSV kept by the service until it is imported, read
 * in the encoding chosen, its phone and variable columns chosen. Starting the import hands over to
 * the list's page ({@link AudienceBacking}).
 */
@Named("audienceUpload")
@ViewScoped
public class AudienceUploadBacking implements Serializable {

  private static final CsvEncoding[] ENCODINGS = {
    CsvEncoding.UTF_8, CsvEncoding.UTF_16, CsvEncoding.WINDOWS_1251
  };

  @EJB private AudienceService audiences;
  @Inject private Messages messages;
  @Inject private AudienceBacking page;

  /** The uploaded file waiting for the column choice, and the choice. */
  private StagedCsv staged;

  private CsvEncoding encoding;
  private String phoneColumn;
  private List<String> variableColumns = new ArrayList<>();

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
    page.importStarted(
        audiences.startImport(page.getListId(), staged, phoneColumn, variableColumns));
    staged = null;
  }

  private void discardStaged() {
    if (staged != null) {
      audiences.discard(staged);
      staged = null;
    }
  }

  public boolean isUploaded() {
    return staged != null;
  }

  public CsvEncoding[] getEncodings() {
    return ENCODINGS.clone();
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
}
