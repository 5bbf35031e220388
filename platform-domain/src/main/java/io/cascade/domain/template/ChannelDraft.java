package io.cascade.domain.template;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.GeoLocation;
import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.channel.PushContent;
import io.cascade.domain.channel.SenderName;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.channel.ViberCategory;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.channel.ViberFile;
import io.cascade.domain.channel.ViberVideo;
import io.cascade.domain.channel.WhatsAppContent;
import io.cascade.domain.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the editor holds for one channel of a template while a person designs it: every field of
 * every channel's content, each possibly empty. A draft may be half-typed, so it carries no
 * invariants; {@link #toContent()} turns it into the channel's domain record, which does.
 *
 * <p>Stored as columns of {@code message_template_channel} (one row per channel, in cascade order)
 * rather than as jsonb of the domain records: the records refuse half-typed content (a draft must
 * still be storable and reloadable as typed), the columns need no JSON mapper configured in the
 * server, and later features (campaigns, reports) can query the sender or the channel with plain
 * JPQL under the tenant filter.
 */
@Embeddable
public class ChannelDraft implements Serializable {

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false)
  private Channel channel;

  @Column(name = "ttl_seconds")
  private Integer ttlSeconds;

  @Column(name = "text")
  private String text;

  /** Viber service name, SMS alpha name. */
  @Column(name = "sender")
  private String sender;

  @Column(name = "image_url")
  private String imageUrl;

  @Column(name = "button_caption")
  private String buttonCaption;

  @Column(name = "button_action")
  private String buttonAction;

  @Column(name = "file_url")
  private String fileUrl;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "video_url")
  private String videoUrl;

  @Column(name = "video_thumbnail_url")
  private String videoThumbnailUrl;

  @Column(name = "video_size_mb")
  private Integer videoSizeMb;

  @Column(name = "video_duration_seconds")
  private Integer videoDurationSeconds;

  @Enumerated(EnumType.STRING)
  @Column(name = "viber_category")
  private ViberCategory viberCategory;

  /** Push title. */
  @Column(name = "title")
  private String title;

  /** WhatsApp image name. */
  @Column(name = "image_name")
  private String imageName;

  @Column(name = "document_url")
  private String documentUrl;

  @Column(name = "document_name")
  private String documentName;

  @Column(name = "audio_url")
  private String audioUrl;

  /** WhatsApp video name. */
  @Column(name = "video_name")
  private String videoName;

  @Column(name = "latitude")
  private String latitude;

  @Column(name = "longitude")
  private String longitude;

  protected ChannelDraft() {}

  public ChannelDraft(Channel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  /** An independent copy, for a new version or a copied template. */
  public ChannelDraft copy() {
    ChannelDraft c = new ChannelDraft(channel);
    c.ttlSeconds = ttlSeconds;
    c.text = text;
    c.sender = sender;
    c.imageUrl = imageUrl;
    c.buttonCaption = buttonCaption;
    c.buttonAction = buttonAction;
    c.fileUrl = fileUrl;
    c.fileName = fileName;
    c.videoUrl = videoUrl;
    c.videoThumbnailUrl = videoThumbnailUrl;
    c.videoSizeMb = videoSizeMb;
    c.videoDurationSeconds = videoDurationSeconds;
    c.viberCategory = viberCategory;
    c.title = title;
    c.imageName = imageName;
    c.documentUrl = documentUrl;
    c.documentName = documentName;
    c.audioUrl = audioUrl;
    c.videoName = videoName;
    c.latitude = latitude;
    c.longitude = longitude;
    return c;
  }

  /** Every text or URL typed for this channel, for placeholder detection. */
  public List<String> templatedValues() {
    return Stream.of(
            text,
            sender,
            imageUrl,
            buttonCaption,
            buttonAction,
            fileUrl,
            fileName,
            videoUrl,
            videoThumbnailUrl,
            title,
            imageName,
            documentUrl,
            documentName,
            audioUrl,
            videoName)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * The channel's domain record.
   *
   * @throws io.cascade.domain.channel.InvalidContentException when the fields do not make a message
   *     of this channel: every problem at once (each a sentence to act on), not only the first part
   *     that failed
   */
  public ChannelContent toContent() {
    List<LocalizedText> problems = new ArrayList<>();
    Ttl ttl = part(problems, () -> ttlSeconds == null ? null : Ttl.ofSeconds(ttlSeconds));
    SenderName senderName =
        part(problems, () -> blankToNull(sender) == null ? null : SenderName.of(sender.strip()));
    ChannelContent content =
        switch (channel) {
          case VIBER -> viber(ttl, senderName, problems);
          case SMS -> part(problems, () -> new SmsContent(text, senderName, ttl, false));
          case WHATSAPP -> whatsApp(ttl, problems);
          case PUSH ->
              part(
                  problems,
                  () ->
                      new PushContent(
                          text,
                          title,
                          ttl,
                          blankToNull(imageUrl),
                          blankToNull(buttonCaption),
                          blankToNull(buttonAction),
                          false));
        };
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return content;
  }

  /** A part of the content, or null with its problems noted, so the other parts are checked too. */
  private static <T> T part(List<LocalizedText> problems, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidContentException e) {
      problems.addAll(e.texts());
      return null;
    }
  }

  private ViberContent viber(Ttl ttl, SenderName senderName, List<LocalizedText> problems) {
    int before = problems.size();
    ViberFile file =
        part(
            problems,
            () ->
                blankToNull(fileUrl) != null || blankToNull(fileName) != null
                    ? new ViberFile(fileUrl, fileName)
                    : null);
    ViberVideo video =
        part(
            problems,
            () ->
                blankToNull(videoUrl) != null
                    ? new ViberVideo(
                        videoUrl,
                        videoThumbnailUrl,
                        videoSizeMb == null ? 0 : videoSizeMb,
                        videoDurationSeconds == null ? 0 : videoDurationSeconds)
                    : null);
    if (problems.size() > before) {
      // without the refused file or video the message would also look empty: say only what is wrong
      return null;
    }
    return part(
        problems,
        () ->
            new ViberContent(
                blankToNull(text),
                senderName,
                ttl,
                null,
                blankToNull(imageUrl),
                blankToNull(buttonCaption),
                blankToNull(buttonAction),
                file,
                video,
                viberCategory,
                false,
                false));
  }

  private WhatsAppContent whatsApp(Ttl ttl, List<LocalizedText> problems) {
    int before = problems.size();
    GeoLocation location = part(problems, this::location);
    if (problems.size() > before) {
      return null;
    }
    return part(
        problems,
        () ->
            new WhatsAppContent(
                blankToNull(text),
                ttl,
                blankToNull(imageUrl),
                blankToNull(imageName),
                blankToNull(documentUrl),
                blankToNull(documentName),
                blankToNull(audioUrl),
                blankToNull(videoUrl),
                blankToNull(videoName),
                location,
                false));
  }

  private GeoLocation location() {
    if (blankToNull(latitude) == null && blankToNull(longitude) == null) {
      return null;
    }
    return GeoLocation.of(latitude, longitude);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public Channel getChannel() {
    return channel;
  }

  public Integer getTtlSeconds() {
    return ttlSeconds;
  }

  public void setTtlSeconds(Integer ttlSeconds) {
    this.ttlSeconds = ttlSeconds;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getSender() {
    return sender;
  }

  public void setSender(String sender) {
    this.sender = sender;
  }

  public String getImageUrl() {
    return imageUrl;
  }

  public void setImageUrl(String imageUrl) {
    this.imageUrl = imageUrl;
  }

  public String getButtonCaption() {
    return buttonCaption;
  }

  public void setButtonCaption(String buttonCaption) {
    this.buttonCaption = buttonCaption;
  }

  public String getButtonAction() {
    return buttonAction;
  }

  public void setButtonAction(String buttonAction) {
    this.buttonAction = buttonAction;
  }

  public String getFileUrl() {
    return fileUrl;
  }

  public void setFileUrl(String fileUrl) {
    this.fileUrl = fileUrl;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public void setVideoUrl(String videoUrl) {
    this.videoUrl = videoUrl;
  }

  public String getVideoThumbnailUrl() {
    return videoThumbnailUrl;
  }

  public void setVideoThumbnailUrl(String videoThumbnailUrl) {
    this.videoThumbnailUrl = videoThumbnailUrl;
  }

  public Integer getVideoSizeMb() {
    return videoSizeMb;
  }

  public void setVideoSizeMb(Integer videoSizeMb) {
    this.videoSizeMb = videoSizeMb;
  }

  public Integer getVideoDurationSeconds() {
    return videoDurationSeconds;
  }

  public void setVideoDurationSeconds(Integer videoDurationSeconds) {
    this.videoDurationSeconds = videoDurationSeconds;
  }

  public ViberCategory getViberCategory() {
    return viberCategory;
  }

  public void setViberCategory(ViberCategory viberCategory) {
    this.viberCategory = viberCategory;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getImageName() {
    return imageName;
  }

  public void setImageName(String imageName) {
    this.imageName = imageName;
  }

  public String getDocumentUrl() {
    return documentUrl;
  }

  public void setDocumentUrl(String documentUrl) {
    this.documentUrl = documentUrl;
  }

  public String getDocumentName() {
    return documentName;
  }

  public void setDocumentName(String documentName) {
    this.documentName = documentName;
  }

  public String getAudioUrl() {
    return audioUrl;
  }

  public void setAudioUrl(String audioUrl) {
    this.audioUrl = audioUrl;
  }

  public String getVideoName() {
    return videoName;
  }

  public void setVideoName(String videoName) {
    this.videoName = videoName;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }
}
