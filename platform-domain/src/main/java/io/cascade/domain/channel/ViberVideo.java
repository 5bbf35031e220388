package io.cascade.domain.channel;

/** A Viber video: its URL, a thumbnail image, its size in megabytes and duration in seconds. */
public record ViberVideo(String url, String thumbnailUrl, int sizeMegabytes, int durationSeconds) {

  /** Viber plays videos of at most 600 seconds. */
  public static final int MAX_DURATION_SECONDS = 600;

  /** Viber accepts video files of at most 200 MB. */
  public static final int MAX_SIZE_MEGABYTES = 200;

  public ViberVideo {
    if (url == null || url.isBlank() || thumbnailUrl == null || thumbnailUrl.isBlank()) {
      throw new InvalidContentException("viber.video.urls");
    }
    if (sizeMegabytes < 1 || sizeMegabytes > MAX_SIZE_MEGABYTES) {
      throw new InvalidContentException("viber.video.size", MAX_SIZE_MEGABYTES, sizeMegabytes);
    }
    if (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS) {
      throw new InvalidContentException(
          "viber.video.duration", MAX_DURATION_SECONDS, durationSeconds);
    }
  }
}
