package io.cascade.web.media;

import io.cascade.media.MediaService;
import io.cascade.media.ProviderUpload;
import io.cascade.media.StoredImage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * POST /api/media?fileName=summer.png[&amp;messaggio=true] with the image as the body: keeps it and
 * answers its public URL; with {@code messaggio=true} also uploads it to the tenant's Messaggio
 * accounts and lists the {@code image_id}s (or refusals). A file that is no image gets 400.
 */
@Path("/media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

  /** The answer: the kept image and, when asked, how each Messaggio account took it. */
  public record Uploaded(
      String id,
      String url,
      String fileName,
      String contentType,
      int sizeBytes,
      List<ProviderUpload> messaggio) {}

  @EJB private MediaService media;

  @POST
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(
      @QueryParam("fileName") String fileName,
      @QueryParam("messaggio") boolean messaggio,
      byte[] content) {
    StoredImage image = media.store(fileName, content);
    List<ProviderUpload> uploads = messaggio ? media.uploadToAccounts(image.url()) : List.of();
    return Response.created(URI.create(image.url()))
        .entity(
            new Uploaded(
                image.id().toString(),
                image.url(),
                image.fileName(),
                image.contentType(),
                image.sizeBytes(),
                uploads))
        .build();
  }
}
