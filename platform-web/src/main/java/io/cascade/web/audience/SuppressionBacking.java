package io.cascade.web.audience;

import io.cascade.audience.ImportFiles;
import io.cascade.audience.SuppressionService;
import io.cascade.domain.audience.SuppressedPhone;
import io.cascade.domain.shared.DomainException;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
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
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** audiences/suppression.xhtml: the numbers that opted out; add, remove, import, export. */
@Named
@ViewScoped
public class SuppressionBacking implements Serializable {

  /** Rows shown; the export has them all. */
  static final int SHOWN = 500;

  @EJB private SuppressionService suppression;
  @Inject private Messages messages;

  private String phone;
  private String reason;
  private List<SuppressedPhone> numbers = List.of();
  private long count;
  private List<SuppressionService.RefusedRow> refused = List.of();
  private long refusedCount;

  public void load() {
    numbers = suppression.page(0, SHOWN);
    count = suppression.count();
  }

  public void add() {
    try {
      suppression.add(phone, reason);
      phone = null;
      reason = null;
      messages.info("suppression.added");
      load();
    } catch (DomainException e) {
      messages.refused(e);
    }
  }

  public void remove(UUID id) {
    suppression.remove(id);
    load();
  }

  public void upload(FileUploadEvent event) {
    Path file = null;
    try (InputStream in = event.getFile().getInputStream()) {
      file = ImportFiles.create("suppression");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      SuppressionService.ImportOutcome outcome = suppression.importCsv(file);
      refused = outcome.firstRefused();
      refusedCount = outcome.refused();
      if (outcome.refused() > 0) {
        messages.warn(
            "suppression.importedWithRefused",
            outcome.added(),
            outcome.alreadyThere(),
            outcome.refused());
      } else {
        messages.info("suppression.imported", outcome.added(), outcome.alreadyThere());
      }
      load();
    } catch (DomainException e) {
      messages.refused(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file
        }
      }
    }
  }

  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("suppression-list.csv")
        .contentType("text/csv")
        .writer(
            out -> {
              try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                suppression.writeCsv(writer);
                writer.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  /** The first refused rows of the last import, by line. */
  public List<SuppressionService.RefusedRow> getRefused() {
    return refused;
  }

  public long getRefusedCount() {
    return refusedCount;
  }

  public List<SuppressedPhone> getNumbers() {
    return numbers;
  }

  public long getCount() {
    return count;
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
