package io.cascade.provider.hyber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.cascade.provider.RestClients;
import io.cascade.provider.RetryBackoff;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendReport;
import io.cascade.provider.SendRequest;
import io.cascade.provider.StatusQuery;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/** Hyber JSON V2 behind our provider interface. */
public class HyberClient implements ProviderClient {

  public static final ProviderCapabilities CAPABILITIES =
      new ProviderCapabilities(
          EnumSet.allOf(Channel.class),
          HyberLimits.MAX_RECIPIENTS_PER_REQUEST,
          Feature.NATIVE_CASCADE,
          Feature.BROADCAST_WITH_VARIABLES,
          Feature.STATUS_QUERY,
          Feature.STATUS_BY_OUR_ID,
          Feature.TWO_WAY,
          Feature.REPORTS_CASCADE_END);

  private final HyberConfig config;
  private final HyberRequestBuilder builder;
  private final PooledApi<HyberSingleApi> single;
  private final PooledApi<HyberMassApi> mass;
  private final PooledApi<HyberReportApi> reports;

  public HyberClient(HyberConfig config) {
    this.config = config;
    this.builder = new HyberRequestBuilder(config.divisionCode());
    this.single = new PooledApi<>(config.endpoints().single(), HyberSingleApi.class);
    this.mass = new PooledApi<>(config.endpoints().mass(), HyberMassApi.class);
    this.reports = new PooledApi<>(config.endpoints().reports(), HyberReportApi.class);
  }

  @Override
  public ProviderCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<LimitViolation> validate(SendRequest request) {
    return HyberValidator.validate(request, config.divisionCode());
  }

  @Override
  public SendReport send(SendRequest request) {
    LimitViolationException.throwIfAny(HyberReplies.PROVIDER, validate(request));
    HyberMode mode = HyberRequestBuilder.mode(request);
    List<SendOutcome> outcomes = new ArrayList<>();
    if (mode == HyberMode.SINGLE) {
      Recipient recipient = request.recipients().get(0);
      String body = ProviderJson.write(builder.single(request, recipient));
      outcomes.addAll(
          exchange(List.of(recipient), request.attempt(), () -> single.get().send(auth(), body)));
      return new SendReport(outcomes, List.of());
    }
    for (List<Recipient> chunk : HyberRequestBuilder.chunks(request.recipients())) {
      ObjectNode json =
          mode == HyberMode.BATCH
              ? builder.batch(request, chunk)
              : builder.broadcast(request, chunk);
      String body = ProviderJson.write(json);
      outcomes.addAll(exchange(chunk, request.attempt(), () -> post(mass.get(), mode, body)));
    }
    return new SendReport(outcomes, List.of());
  }

  private String post(HyberMassApi api, HyberMode mode, String body) {
    boolean sync = config.syncReplies();
    if (mode == HyberMode.BATCH) {
      return sync ? api.batchSync(auth(), body) : api.batch(auth(), body);
    }
    return sync ? api.broadcastSync(auth(), body) : api.broadcast(auth(), body);
  }

  private static List<SendOutcome> exchange(
      List<Recipient> sent, int attempt, Supplier<String> call) {
    try {
      return HyberReplies.read(sent, call.get(), attempt);
    } catch (ProviderHttpException e) {
      return HyberReplies.httpError(sent, e.status(), e.body(), attempt);
    } catch (ProcessingException e) {
      return SendOutcome.unanswered(
          sent, HyberReplies.PROVIDER, e, RetryBackoff.delay(HyberReplies.RETRY_BASE, attempt));
    }
  }

  @Override
  public List<ProviderEvent> parseCallback(CallbackPayload payload) {
    return parseReports(payload.body());
  }

  /** Parses a delivery callback or report body (object, array, or {@code {"messages"}}). */
  public static List<ProviderEvent> parseReports(String body) {
    if (body == null || body.isBlank()) {
      throw new CallbackParseException(HyberReplies.PROVIDER, "body is empty");
    }
    JsonNode json;
    try {
      json = ProviderJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new CallbackParseException(
          HyberReplies.PROVIDER, "body is not JSON: " + e.getOriginalMessage(), e);
    }
    return HyberReports.parse(json);
  }

  @Override
  public List<ProviderEvent> queryStatus(StatusQuery query) {
    if (query.jobId() != null) {
      return parseReports(mass.get().status(auth(), query.jobId()));
    }
    HyberReportApi api = reports.get();
    String body =
        query.providerMessageId() != null
            ? api.byMessageId(auth(), query.providerMessageId())
            : api.byExtraId(auth(), query.messageId());
    return parseReports(body);
  }

  @Override
  public void close() {
    single.close();
    mass.close();
    reports.close();
  }

  private String auth() {
    return RestClients.basicAuth(config.login(), config.password());
  }
}
