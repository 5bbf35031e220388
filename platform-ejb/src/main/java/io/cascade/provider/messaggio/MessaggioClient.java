package io.cascade.provider.messaggio;

import io.cascade.domain.channel.Channel;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.MediaUploadException;
import io.cascade.provider.MediaUploader;
import io.cascade.provider.PooledApi;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderCapabilities.Feature;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderHttpException;
import io.cascade.provider.RetryBackoff;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendReport;
import io.cascade.provider.SendRequest;
import io.cascade.provider.StatusQuery;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Messaggio bulk behind our provider interface. */
public class MessaggioClient implements ProviderClient {

  public static final ProviderCapabilities CAPABILITIES =
      new ProviderCapabilities(
          EnumSet.of(Channel.VIBER, Channel.SMS),
          MessaggioLimits.MAX_PHONES_PER_REQUEST,
          Feature.NATIVE_CASCADE,
          Feature.TWO_WAY,
          Feature.MEDIA_UPLOAD,
          Feature.REPORTS_CASCADE_END);

  private final MessaggioConfig config;
  private final MessaggioRequestBuilder builder;
  private final PooledApi<MessaggioBulkApi> bulk;
  private final PooledApi<MessaggioMediaApi> media;

  public MessaggioClient(MessaggioConfig config) {
    this.config = config;
    this.builder = new MessaggioRequestBuilder(config);
    this.bulk = new PooledApi<>(config.endpoints().bulk(), MessaggioBulkApi.class);
    this.media = new PooledApi<>(config.endpoints().media(), MessaggioMediaApi.class);
  }

  @Override
  public ProviderCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<LimitViolation> validate(SendRequest request) {
    return builder.validate(request);
  }

  @Override
  public List<LimitViolation> warnings(SendRequest request) {
    return builder.warnings(request);
  }

  @Override
  public Optional<MediaUploader> mediaUploader() {
    return Optional.of(this::uploadImage);
  }

  @Override
  public SendReport send(SendRequest request) {
    LimitViolationException.throwIfAny(MessaggioReplies.PROVIDER, validate(request));
    List<SendOutcome> outcomes = new ArrayList<>();
    for (MessaggioRequest r : builder.build(request)) {
      outcomes.addAll(exchange(r, request.attempt()));
    }
    return new SendReport(
        outcomes, builder.warnings(request).stream().map(LimitViolation::message).toList());
  }

  private List<SendOutcome> exchange(MessaggioRequest r, int attempt) {
    try {
      String form = FormCodec.encode(r.form(), config.encoding().charset());
      return MessaggioReplies.outcomes(r.recipients(), bulk.get().send(form), attempt);
    } catch (ProviderHttpException e) {
      return MessaggioReplies.httpError(r.recipients(), e.status(), e.body(), attempt);
    } catch (ProcessingException e) {
      return SendOutcome.unanswered(
          r.recipients(),
          MessaggioReplies.PROVIDER,
          e,
          RetryBackoff.delay(MessaggioReplies.HTTP_RETRY_BASE, attempt));
    }
  }

  /**
   * Uploads a Viber image and returns its {@code image_id}, to be put in {@link
   * SendRequest#uploadedMedia()} under the image's URL.
   *
   * @throws MediaUploadException when the image is refused, by us or by Messaggio
   */
  public String uploadImage(String fileName, byte[] image) {
    byte[] body = MessaggioMedia.multipart(config.login(), config.secretKey(), fileName, image);
    try {
      return MessaggioMedia.imageId(media.get().upload(body));
    } catch (ProviderHttpException e) {
      // The media host may answer its JSON result with an error status too.
      return MessaggioMedia.imageId(e.body());
    }
  }

  @Override
  public List<ProviderEvent> parseCallback(CallbackPayload payload) {
    return MessaggioCallbacks.parse(payload);
  }

  @Override
  public List<ProviderEvent> queryStatus(StatusQuery query) {
    throw new UnsupportedOperationException("Messaggio bulk has no status query; it calls back");
  }

  @Override
  public void close() {
    bulk.close();
    media.close();
  }
}
