package io.cascade.provider.decisiontelecom;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.CallbackParseException;
import io.cascade.provider.CallbackPayload;
import io.cascade.provider.LimitViolation;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.PooledApi;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderCapabilities.Feature;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderEvent;
import io.cascade.provider.ProviderHttpException;
import io.cascade.provider.ProviderJson;
import io.cascade.provider.ProviderReplyException;
import io.cascade.provider.RetryBackoff;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendReport;
import io.cascade.provider.SendRequest;
import io.cascade.provider.StatusQuery;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * DecisionTelecom Viber + SMS behind our provider interface. One request per recipient, sent one
 * after another over the account's pooled keep-alive connections; bounded concurrency belongs to
 * dispatch, which runs several sends through the same client at once.
 */
public class DecisionTelecomClient implements ProviderClient {

  public static final ProviderCapabilities CAPABILITIES =
      new ProviderCapabilities(
          EnumSet.of(Channel.VIBER, Channel.SMS),
          DecisionTelecomLimits.MAX_BATCH,
          Feature.NATIVE_CASCADE,
          Feature.STATUS_QUERY,
          Feature.TWO_WAY);

  private final DecisionTelecomConfig config;
  private final PooledApi<DecisionTelecomApi> api;

  public DecisionTelecomClient(DecisionTelecomConfig config) {
    this.config = config;
    this.api = new PooledApi<>(config.endpoints().api(), DecisionTelecomApi.class);
  }

  @Override
  public ProviderCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<LimitViolation> validate(SendRequest request) {
    return DecisionTelecomRequestBuilder.validate(request);
  }

  @Override
  public List<LimitViolation> warnings(SendRequest request) {
    return DecisionTelecomRequestBuilder.warnings(request);
  }

  @Override
  public SendReport send(SendRequest request) {
    LimitViolationException.throwIfAny(DecisionTelecomReplies.PROVIDER, validate(request));
    List<SendOutcome> outcomes = new ArrayList<>();
    for (Recipient r : request.recipients()) {
      String body = ProviderJson.write(DecisionTelecomRequestBuilder.body(request, r));
      outcomes.add(exchange(r, body, request.attempt()));
    }
    return new SendReport(outcomes, List.of());
  }

  private SendOutcome exchange(Recipient r, String body, int attempt) {
    try {
      return DecisionTelecomReplies.read(
          r, 200, api.get().send(config.authorization(), r.messageId(), body), attempt);
    } catch (ProviderHttpException e) {
      return DecisionTelecomReplies.read(r, e.status(), e.body(), attempt);
    } catch (ProcessingException e) {
      return SendOutcome.unanswered(
              List.of(r),
              DecisionTelecomReplies.PROVIDER,
              e,
              RetryBackoff.delay(DecisionTelecomReplies.ERROR_RETRY_BASE, attempt))
          .get(0);
    }
  }

  @Override
  public List<ProviderEvent> parseCallback(CallbackPayload payload) {
    return DecisionTelecomEvents.parseCallback(payload.body());
  }

  /** Status of one message of the last five days, by DecisionTelecom's message id. */
  @Override
  public List<ProviderEvent> queryStatus(StatusQuery query) {
    if (query.providerMessageId() == null) {
      throw new UnsupportedOperationException("DecisionTelecom looks up by its message_id only");
    }
    long id;
    try {
      id = Long.parseLong(query.providerMessageId());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "DecisionTelecom message ids are numbers: " + query.providerMessageId(), e);
    }
    String body = ProviderJson.write(ProviderJson.MAPPER.createObjectNode().put("message_id", id));
    try {
      JsonNode reply =
          ProviderJson.readReply(
              DecisionTelecomReplies.PROVIDER, api.get().status(config.authorization(), body));
      if (DecisionTelecomReplies.isErrorBody(reply)) {
        throw new ProviderReplyException("DecisionTelecom refused the status query: " + reply);
      }
      return DecisionTelecomEvents.status(reply);
    } catch (CallbackParseException e) {
      throw new ProviderReplyException("DecisionTelecom status reply: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    api.close();
  }
}
