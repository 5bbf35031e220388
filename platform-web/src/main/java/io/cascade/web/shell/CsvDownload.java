package io.cascade.web.shell;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A CSV file a page offers for download (p:fileDownload), written as it streams, in UTF-8. */
public final class CsvDownload {

  /** What writes the file's rows. */
  public interface Content {
    void write(Writer out) throws IOException;
  }

  private CsvDownload() {}

  public static StreamedContent of(String fileName, Content content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType("text/csv")
        .writer(
            out -> {
              try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                content.write(writer);
                writer.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
