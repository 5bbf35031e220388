package io.cascade.provider;

import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One send of the same multichannel content to a list of recipients.
 *
 * @param callbackUrl where the provider posts delivery reports (null: the account's default)
 * @param startTime when the provider should start (null: now)
 * @param campaignTag campaign name for the provider's own reports (Hyber {@code tag})
 * @param uploadedMedia provider media ids by the URL of the media they were uploaded from (the
 *     Messaggio {@code image_id} of an image URL)
 * @param attempt 1 for the first try; retries count up and lengthen the back-off
 */
public record SendRequest(
    List<Recipient> recipients,
    MultichannelContent content,
    URI callbackUrl,
    OffsetDateTime startTime,
    String campaignTag,
    Map<String, String> uploadedMedia,
    int attempt) {

  public SendRequest {
    recipients = List.copyOf(recipients);
    uploadedMedia = uploadedMedia == null ? Map.of() : Map.copyOf(uploadedMedia);
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1");
    }
  }

  public static SendRequest of(List<Recipient> recipients, MultichannelContent content) {
    return new SendRequest(recipients, content, null, null, null, Map.of(), 1);
  }

  public SendRequest withRecipients(List<Recipient> others) {
    return new SendRequest(
        others, content, callbackUrl, startTime, campaignTag, uploadedMedia, attempt);
  }
}
