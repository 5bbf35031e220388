package io.cascade.domain.channel;

import io.cascade.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A Viber message: text, image with a button, a file, or a video (with optional text and button
 * caption). Which of these it is follows from the fields that are set, as with the providers.
 */
public record ViberContent(
    String text,
    SenderName sender,
    Ttl ttl,
    ViberDevice device,
    String imageUrl,
    String buttonCaption,
    String buttonAction,
    ViberFile file,
    ViberVideo video,
    ViberCategory category,
    boolean replyExpected,
    boolean trackClicks)
    implements ChannelContent {

  @Override
  public ViberContent withTtl(Ttl other) {
    return new ViberContent(
        text,
        sender,
        other,
        device,
        imageUrl,
        buttonCaption,
        buttonAction,
        file,
        video,
        category,
        replyExpected,
        trackClicks);
  }

  /** Viber's own limit on the message text. */
  public static final int TEXT_MAX_LENGTH = 1000;

  /** Viber's own limit on the button caption. */
  public static final int BUTTON_CAPTION_MAX_LENGTH = 30;

  public ViberContent {
    List<LocalizedText> problems = new ArrayList<>();
    boolean hasText = text != null && !text.isBlank();
    if (!hasText && imageUrl == null && file == null && video == null) {
      problems.add(InvalidContentException.text("viber.empty"));
    }
    if (file != null && (video != null || imageUrl != null || hasText)) {
      problems.add(InvalidContentException.text("viber.file.only"));
    }
    if (video != null && imageUrl != null) {
      problems.add(InvalidContentException.text("viber.imageAndVideo"));
    }
    if (video != null && buttonAction != null) {
      problems.add(InvalidContentException.text("viber.video.buttonAction"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
  }

  @Override
  public Channel channel() {
    return Channel.VIBER;
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  /** A button shows only when both its caption and its link are present. */
  public boolean hasButton() {
    return buttonCaption != null && buttonAction != null;
  }

  /** The category given, or the one the content implies (anything beyond text is promotional). */
  public ViberCategory effectiveCategory() {
    if (category != null) {
      return category;
    }
    return imageUrl == null
            && buttonCaption == null
            && buttonAction == null
            && file == null
            && video == null
        ? ViberCategory.TRANSACTIONAL
        : ViberCategory.PROMOTIONAL;
  }

  @Override
  public List<String> templatedValues() {
    List<String> values =
        new ArrayList<>(ChannelContent.nonNull(text, imageUrl, buttonCaption, buttonAction));
    if (file != null) {
      values.add(file.url());
      values.add(file.name());
    }
    if (video != null) {
      values.add(video.url());
      values.add(video.thumbnailUrl());
    }
    return values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Most Viber messages set three or four of these fields. */
  public static final class Builder {
    private String text;
    private SenderName sender;
    private Ttl ttl;
    private ViberDevice device;
    private String imageUrl;
    private String buttonCaption;
    private String buttonAction;
    private ViberFile file;
    private ViberVideo video;
    private ViberCategory category;
    private boolean replyExpected;
    private boolean trackClicks;

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder sender(String sender) {
      this.sender = SenderName.of(sender);
      return this;
    }

    public Builder ttl(int seconds) {
      this.ttl = Ttl.ofSeconds(seconds);
      return this;
    }

    public Builder device(ViberDevice device) {
      this.device = device;
      return this;
    }

    public Builder image(String imageUrl) {
      this.imageUrl = imageUrl;
      return this;
    }

    public Builder button(String caption, String action) {
      this.buttonCaption = caption;
      this.buttonAction = action;
      return this;
    }

    public Builder file(String url, String name) {
      this.file = new ViberFile(url, name);
      return this;
    }

    public Builder video(String url, String thumbnailUrl, int sizeMegabytes, int durationSeconds) {
      this.video = new ViberVideo(url, thumbnailUrl, sizeMegabytes, durationSeconds);
      return this;
    }

    public Builder category(ViberCategory category) {
      this.category = category;
      return this;
    }

    public Builder replyExpected(boolean replyExpected) {
      this.replyExpected = replyExpected;
      return this;
    }

    public Builder trackClicks(boolean trackClicks) {
      this.trackClicks = trackClicks;
      return this;
    }

    public ViberContent build() {
      return new ViberContent(
          text,
          sender,
          ttl,
          device,
          imageUrl,
          buttonCaption,
          buttonAction,
          file,
          video,
          category,
          replyExpected,
          trackClicks);
    }
  }
}
