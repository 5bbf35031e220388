package io.cascade.provider.messaggio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cascade.domain.media.ImageFormat;
import io.cascade.provider.MediaUploadException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Media upload (seed 004, section 3): the multipart body with {@code login}, {@code image} and
 * {@code sign}, the checks we can make before uploading, and the JSON result.
 */
public final class MessaggioMedia {

  /**
   * A fixed boundary lets the REST interface declare the whole content type; {@link #multipart}
   * refuses the rare file that contains it.
   */
  public static final String BOUNDARY = "cascade-7d1f0b5e2c9a4f3b8e6d";

  public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  /** Seed 004, 3.1. */
  public static final Map<Integer, String> RESULT_CODES =
      Map.of(
          0, "Success",
          1, "The data is not correct",
          2, "Invalid signature",
          3, "The size of image is too big",
          4, "Invalid file format (valid formats: JPG, GIF, PNG)");

  /** The seed's own error example is {@code {"status": 2, error: "Invalid sign"}}: unquoted key. */
  private static final ObjectMapper LENIENT =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);

  private MessaggioMedia() {}

  /** Refuses what Messaggio would refuse: too big or not JPG/PNG/GIF. */
  public static void check(byte[] image) {
    if (image.length == 0 || image.length > MessaggioLimits.IMAGE_MAX_BYTES) {
      throw new MediaUploadException(
          -1,
          "The image must be 1 byte to "
              + MessaggioLimits.IMAGE_MAX_BYTES / (1024 * 1024)
              + " MB, is "
              + image.length
              + " bytes");
    }
    if (ImageFormat.detect(image).isEmpty()) {
      throw new MediaUploadException(-1, "The image must be a JPG, PNG or GIF file");
    }
  }

  public static byte[] multipart(String login, String secret, String fileName, byte[] image) {
    check(image);
    if (new String(image, StandardCharsets.ISO_8859_1).contains(BOUNDARY)) {
      throw new MediaUploadException(-1, "The image contains the multipart boundary");
    }
    String sign = MessaggioSign.media(login, image, secret);
    String mime = ImageFormat.detect(image).orElseThrow().contentType();
    ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + 512);
    write(
        out,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\n"
            + login
            + "\r\n");
    write(
        out,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\""
            + fileName.replace("\"", "")
            + "\"\r\nContent-Type: "
            + mime
            + "\r\n\r\n");
    out.writeBytes(image);
    write(
        out,
        "\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"sign\"\r\n\r\n"
            + sign
            + "\r\n");
    write(out, "--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  /**
   * The {@code image_id} of a successful upload.
   *
   * @throws MediaUploadException with Messaggio's result code otherwise
   */
  public static String imageId(String reply) {
    JsonNode json;
    try {
      json = LENIENT.readTree(reply);
    } catch (JsonProcessingException e) {
      throw new MediaUploadException(-1, "Messaggio media reply is not JSON: " + reply);
    }
    if (json == null || !json.has("status")) {
      throw new MediaUploadException(-1, "Messaggio media reply has no status: " + reply);
    }
    int status = json.get("status").asInt(-1);
    if (status == 0 && json.hasNonNull("image_id")) {
      return json.get("image_id").asText();
    }
    String error = json.hasNonNull("error") ? json.get("error").asText() : "";
    throw new MediaUploadException(
        status,
        "Messaggio refused the image: "
            + RESULT_CODES.getOrDefault(status, "code " + status)
            + (error.isEmpty() ? "" : " (" + error + ")"));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
