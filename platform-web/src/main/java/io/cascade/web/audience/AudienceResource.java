package io.cascade.web.audience;

import io.cascade.audience.AudienceService;
import io.cascade.audience.CsvEncoding;
import io.cascade.audience.ImportFiles;
import io.cascade.domain.audience.ContactImport;
import io.cascade.domain.audience.ContactList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * /api/audiences: the caller's contact lists and their CSV imports. Ids of another tenant's lists
 * answer 404, like ids that do not exist.
 */
@Path("/audiences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AudienceResource {

  /** A contact list as the API shows it. */
  public record AudienceView(UUID id, String name, long contacts, Instant createdAt) {
    static AudienceView of(ContactList list) {
      return new AudienceView(
          list.getId(), list.getName(), list.getContactCount(), list.getCreatedAt());
    }
  }

  /** A list to create. */
  public record NewAudience(String name) {}

  /** An import and how far it got; {@code errorsUrl} downloads the refused rows as CSV. */
  public record ImportView(
      UUID id,
      UUID audience,
      String status,
      int percent,
      long rowsRead,
      long imported,
      long duplicates,
      long errors,
      String failure,
      String errorsUrl) {
    static ImportView of(ContactImport i, String errorsUrl) {
      return new ImportView(
          i.getId(),
          i.getListId(),
          i.getStatus().name(),
          i.getPercent(),
          i.getRowsRead(),
          i.getImported(),
          i.getDuplicates(),
          i.getErrors(),
          i.getFailure(),
          errorsUrl);
    }
  }

  @EJB private AudienceService audiences;
  @Context private UriInfo uri;

  @GET
  public List<AudienceView> lists() {
    return audiences.lists().stream().map(AudienceView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewAudience audience) {
    ContactList list = audiences.create(audience == null ? null : audience.name());
    return Response.created(uri.getAbsolutePathBuilder().path(list.getId().toString()).build())
        .entity(AudienceView.of(list))
        .build();
  }

  @GET
  @Path("{id}")
  public AudienceView list(@PathParam("id") UUID id) {
    return AudienceView.of(audiences.list(id));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") UUID id) {
    audiences.delete(id);
    return Response.noContent().build();
  }

  /**
   * Imports the CSV body into the list in the background; answers 202 with the import to poll.
   *
   * @param phoneColumn the column with the phones; by default the one named like a phone column
   * @param variables variable columns, repeated or comma-separated; by default none
   */
  @POST
  @Path("{id}/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public Response importCsv(
      @PathParam("id") UUID id,
      @QueryParam("phoneColumn") String phoneColumn,
      @QueryParam("variables") List<String> variables,
      @QueryParam("fileName") String fileName,
      InputStream body)
      throws IOException {
    audiences.list(id);
    java.nio.file.Path file = ImportFiles.create("upload");
    try {
      Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      String phone =
          phoneColumn == null || phoneColumn.isBlank()
              ? audiences.header(file).suggestedPhoneColumn()
              : phoneColumn;
      ContactImport started =
          audiences.startImport(id, file, fileName, phone, split(variables), CsvEncoding.AUTO);
      return Response.accepted(view(started))
          .location(
              uri.getBaseUriBuilder()
                  .path("audiences/{id}/import/{importId}")
                  .build(id, started.getId()))
          .build();
    } catch (RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  @GET
  @Path("{id}/import/{importId}")
  public ImportView progress(@PathParam("id") UUID id, @PathParam("importId") UUID importId) {
    return view(audiences.importOf(id, importId));
  }

  @GET
  @Path("{id}/import/{importId}/errors")
  @Produces("text/csv")
  public Response errors(@PathParam("id") UUID id, @PathParam("importId") UUID importId) {
    audiences.importOf(id, importId);
    StreamingOutput csv =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          audiences.writeErrors(id, importId, writer);
          writer.flush();
        };
    return Response.ok(csv)
        .header("Content-Disposition", "attachment; filename=\"import-errors.csv\"")
        .build();
  }

  private ImportView view(ContactImport contactImport) {
    return ImportView.of(
        contactImport,
        uri.getBaseUriBuilder()
            .path("audiences/{id}/import/{importId}/errors")
            .build(contactImport.getListId(), contactImport.getId())
            .toString());
  }

  private static List<String> split(List<String> variables) {
    if (variables == null) {
      return List.of();
    }
    return variables.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }
}
