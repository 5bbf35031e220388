package io.cascade.provider.messaggio;

import io.cascade.channel.Channel;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderHttpException;
import io.cascade.provider.RestClients;
import io.cascade.provider.RetryBackoff;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendReport;
import io.cascade.provider.SendRequest;
import io.cascade.provider.StatusQuery;
import io.cascade.shared.LocalizedText;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Messaggio bulk behind our provider interface. */
public class MessaggioClient implements ProviderClient {

  public static final ProviderCapabilities CAPABILITIES =
      new ProviderCapabilities(
          EnumSet.of(Channel.VIBER, Channel.SMS),
          MessaggioLimits.MAX_PHONES_PER_REQUEST,
          true,
          false,
          false,
          true,
          true);

  private final MessaggioConfig config;
  private final MessaggioRequestBuilder builder;

  public MessaggioClient(MessaggioConfig config) {
    this.config = config;
    this.builder = new MessaggioRequestBuilder(config);
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
  public SendReport send(SendRequest request) {
    LimitViolationException.throwIfAny(MessaggioReplies.PROVIDER, validate(request));
    List<SendOutcome> outcomes = new ArrayList<>();
    MessaggioBulkApi api = RestClients.build(config.endpoints().bulk(), MessaggioBulkApi.class);
    try {
      for (MessaggioRequest r : builder.build(request)) {
        outcomes.addAll(exchange(api, r, request.attempt()));
      }
    } finally {
      RestClients.close(api);
    }
    return new SendReport(
        outcomes, builder.warnings(request).stream().map(LocalizedText::toString).toList());
  }

  private static List<SendOutcome> exchange(MessaggioBulkApi api, MessaggioRequest r, int attempt) {
    try {
      return MessaggioReplies.outcomes(
          r.recipients(), api.send(FormCodec.encode(r.form())), attempt);
    } catch (ProviderHttpException e) {
      return MessaggioReplies.httpError(r.recipients(), e.status(), e.body(), attempt);
    } catch (ProcessingException e) {
      return SendOutcome.Retryable.noAnswer(
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
    MessaggioMediaApi api = RestClients.build(config.endpoints().media(), MessaggioMediaApi.class);
    try {
      return MessaggioMedia.imageId(api.upload(body));
    } catch (ProviderHttpException e) {
      // The media host may answer its JSON result with an error status too.
      return MessaggioMedia.imageId(e.body());
    } finally {
      RestClients.close(api);
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
}
