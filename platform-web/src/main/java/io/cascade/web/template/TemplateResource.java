package io.cascade.web.template;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.template.ChannelDraft;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.template.TemplateDesign;
import io.cascade.template.TemplateNotFoundException;
import io.cascade.template.TemplateService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * /api/templates: the caller's tenant's templates as records. POST creates one after the lint; a
 * design that breaks its provider's rules gets 400 with the violations ({@link
 * TemplateExceptionMappers}). Another tenant's template id answers 404, as an unknown one does.
 */
@Path("/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

  /** One channel of a template, in and out; fields that do not apply to the channel stay null. */
  public record ChannelJson(
      String channel,
      Integer ttlSeconds,
      String text,
      String sender,
      String imageUrl,
      String buttonCaption,
      String buttonAction,
      String fileUrl,
      String fileName,
      String videoUrl,
      String videoThumbnailUrl,
      Integer videoSizeMb,
      Integer videoDurationSeconds,
      String viberCategory,
      String title,
      String imageName,
      String documentUrl,
      String documentName,
      String audioUrl,
      String videoName,
      String latitude,
      String longitude) {

    static ChannelJson of(ChannelDraft d) {
      return new ChannelJson(
          d.getChannel().name(),
          d.getTtlSeconds(),
          d.getText(),
          d.getSender(),
          d.getImageUrl(),
          d.getButtonCaption(),
          d.getButtonAction(),
          d.getFileUrl(),
          d.getFileName(),
          d.getVideoUrl(),
          d.getVideoThumbnailUrl(),
          d.getVideoSizeMb(),
          d.getVideoDurationSeconds(),
          d.getViberCategory() == null ? null : d.getViberCategory().name(),
          d.getTitle(),
          d.getImageName(),
          d.getDocumentUrl(),
          d.getDocumentName(),
          d.getAudioUrl(),
          d.getVideoName(),
          d.getLatitude(),
          d.getLongitude());
    }

    ChannelDraft toDraft() {
      ChannelDraft d = new ChannelDraft(enumOf(Channel.class, channel, "channel"));
      d.setTtlSeconds(ttlSeconds);
      d.setText(text);
      d.setSender(sender);
      d.setImageUrl(imageUrl);
      d.setButtonCaption(buttonCaption);
      d.setButtonAction(buttonAction);
      d.setFileUrl(fileUrl);
      d.setFileName(fileName);
      d.setVideoUrl(videoUrl);
      d.setVideoThumbnailUrl(videoThumbnailUrl);
      d.setVideoSizeMb(videoSizeMb);
      d.setVideoDurationSeconds(videoDurationSeconds);
      d.setViberCategory(
          viberCategory == null
              ? null
              : enumOf(ViberCategory.class, viberCategory, "viberCategory"));
      d.setTitle(title);
      d.setImageName(imageName);
      d.setDocumentUrl(documentUrl);
      d.setDocumentName(documentName);
      d.setAudioUrl(audioUrl);
      d.setVideoName(videoName);
      d.setLatitude(latitude);
      d.setLongitude(longitude);
      return d;
    }
  }

  /** A template as the API shows it. */
  public record TemplateView(
      UUID id,
      String name,
      String provider,
      int revision,
      boolean locked,
      List<String> cascade,
      List<String> variables,
      List<ChannelJson> channels,
      String sampleVariables,
      UUID sampleAudienceId,
      Instant updatedAt) {

    static TemplateView of(MessageTemplate t) {
      return new TemplateView(
          t.getId(),
          t.getName(),
          t.getProvider().name(),
          t.getRevision(),
          t.isLocked(),
          t.getCascade().stream().map(Channel::name).toList(),
          List.copyOf(t.variableNames()),
          t.getChannels().stream().map(ChannelJson::of).toList(),
          t.getSampleVariables(),
          t.getSampleAudienceId().orElse(null),
          t.getUpdatedAt());
    }
  }

  /**
   * What POST takes: provider is HYBER, MESSAGGIO or DECISIONTELECOM; channels in order; the
   * optional audience is one of the tenant's contact lists (others are ignored).
   */
  public record TemplateInput(
      String name,
      String provider,
      List<ChannelJson> channels,
      String sampleVariables,
      UUID sampleAudienceId) {}

  @EJB private TemplateService templates;

  @GET
  public List<TemplateView> list() {
    return templates.list().stream().map(TemplateView::of).toList();
  }

  @GET
  @Path("/{id}")
  public TemplateView get(@PathParam("id") String id) {
    return TemplateView.of(templates.get(uuid(id)));
  }

  /** Deletes a template with its versions; 400 when a campaign uses it. */
  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") String id) {
    templates.delete(uuid(id));
    return Response.noContent().build();
  }

  @POST
  public Response create(TemplateInput input) {
    if (input == null) {
      throw new InvalidTemplateInputException("body", "Send the template as a JSON object.");
    }
    ProviderKind provider = input.provider() == null ? null : ProviderKind.parse(input.provider());
    List<ChannelDraft> channels =
        input.channels() == null
            ? List.of()
            : input.channels().stream().map(ChannelJson::toDraft).toList();
    MessageTemplate created =
        templates.create(
            new TemplateDesign(
                input.name(),
                provider,
                channels,
                input.sampleVariables(),
                input.sampleAudienceId()));
    return Response.created(URI.create("templates/" + created.getId()))
        .entity(TemplateView.of(created))
        .build();
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new TemplateNotFoundException(id);
    }
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidTemplateInputException(
          field,
          field
              + " must be one of "
              + java.util.Arrays.toString(type.getEnumConstants())
              + ", was "
              + value);
    }
  }
}
