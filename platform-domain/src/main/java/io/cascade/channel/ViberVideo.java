package io.cascade.channel;

/** A Viber video: its URL, a thumbnail image, its size in megabytes and duration in seconds. */
public record ViberVideo(String url, String thumbnailUrl, int sizeMegabytes, int durationSeconds) {

  /** Viber plays videos of at most 600 seconds. */
  public static final int MAX_DURATION_SECONDS = 600;

  /** Viber accepts video files of at most 200 MB. */
  public static final int MAX_SIZE_MEGABYTES = 200;

  public ViberVideo {
    if (url == null || url.isBlank() || thumbnailUrl == null || thumbnailUrl.isBlank()) {
      throw new InvalidContentException("A Viber video needs a video URL and a thumbnail URL");
    }
    if (sizeMegabytes < 1 || sizeMegabytes > MAX_SIZE_MEGABYTES) {
      throw new InvalidContentException(
          "Video size must be 1.." + MAX_SIZE_MEGABYTES + " MB, was " + sizeMegabytes);
    }
    if (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS) {
      throw new InvalidContentException(
          "Video duration must be 1.." + MAX_DURATION_SECONDS + " s, was " + durationSeconds);
    }
  }
}
