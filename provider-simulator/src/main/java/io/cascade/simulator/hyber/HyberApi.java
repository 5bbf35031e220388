package io.cascade.simulator.hyber;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.simulator.Provider;
import io.cascade.simulator.SimulatorContext;
import io.cascade.simulator.callback.CallbackFormat;
import io.cascade.simulator.fault.FaultKind;
import io.cascade.simulator.http.Endpoint;
import io.cascade.simulator.http.Json;
import io.cascade.simulator.http.Reply;
import io.cascade.simulator.http.Request;
import io.cascade.simulator.message.Ids;
import io.cascade.simulator.message.MessageStore;
import io.cascade.simulator.message.Outcomes;
import io.cascade.simulator.message.Plan;
import io.cascade.simulator.message.SimMessage;
import io.cascade.simulator.message.Sms;
import io.undertow.server.RoutingHandler;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Hyber endpoints under {@code /hyber}: {@code api-v2/{client_id}} (single), {@code
 * proxy/{client_id}/batch|broadcast[/sync]} and {@code /status/{job_id}}, {@code
 * dr-v2/{client_id}/api/dr/[external/]{id}/simple|advanced}.
 */
public final class HyberApi {
  private static final Provider HYBER = Provider.HYBER;

  private final SimulatorContext ctx;
  private final HyberReports reports;

  public HyberApi(SimulatorContext ctx) {
    this.ctx = ctx;
    this.reports = new HyberReports(ctx.config().hyberCallbackBatch());
  }

  public CallbackFormat callbackFormat() {
    return reports;
  }

  public void register(RoutingHandler routes) {
    routes.post("/hyber/api-v2/{client_id}", endpoint(this::single));
    routes.post("/hyber/proxy/{client_id}/batch", endpoint(r -> mass(r, false, false)));
    routes.post("/hyber/proxy/{client_id}/batch/sync", endpoint(r -> mass(r, false, true)));
    routes.post("/hyber/proxy/{client_id}/broadcast", endpoint(r -> mass(r, true, false)));
    routes.post("/hyber/proxy/{client_id}/broadcast/sync", endpoint(r -> mass(r, true, true)));
    routes.get("/hyber/proxy/{client_id}/status/{job_id}", endpoint(this::jobStatus));
    routes.get("/hyber/dr-v2/{client_id}/api/dr/{message_id}/{mode}", endpoint(this::report));
    routes.get(
        "/hyber/dr-v2/{client_id}/api/dr/external/{extra_id}/{mode}", endpoint(this::report));
  }

  private Endpoint endpoint(Endpoint.Operation operation) {
    return new Endpoint(
        HYBER, operation, HyberApi::faultReply, ctx.faults(), ctx.requests(), ctx.timer());
  }

  static Reply faultReply(FaultKind kind) {
    return kind == FaultKind.RATE_LIMIT
        ? Reply.json(429, new HyberError(HyberError.RATE_LIMIT, "Too many requests"))
        : Reply.json(503, new HyberError(HyberError.TEMPORARY, "Temporary error, repeat later"));
  }

  private Reply single(Request request) {
    String clientId = request.pathParam("client_id");
    if (ctx.accounts().hyber(clientId, request.header("Authorization")) == null) {
      return unauthorized();
    }
    JsonNode root = Json.tree(request.body());
    if (root == null || !root.isObject()) {
      return error(new HyberError(HyberError.INVALID_JSON, "Invalid JSON"));
    }
    try {
      List<String> channels = HyberValidation.common(root);
      String phone = HyberValidation.phone(root.get("phone_number"));
      String extraId = HyberValidation.extraId(root);
      JsonNode options = root.get("channel_options");
      Map<String, String> texts = new LinkedHashMap<>();
      for (String channel : channels) {
        JsonNode opts = options.get(channel);
        String text = HyberValidation.optionalText(opts, "text");
        HyberValidation.channel(channel, opts, text, UnaryOperator.identity());
        if (text != null) {
          texts.put(channel, text);
        }
      }
      SimMessage message =
          accept(clientId, phone, extraId, callbackUrl(root), null, channels, options, texts);
      return Reply.json(new MessageAccepted(message.messageId()));
    } catch (HyberValidation.Invalid e) {
      return error(e.error);
    }
  }

  private Reply mass(Request request, boolean broadcast, boolean sync) {
    String clientId = request.pathParam("client_id");
    if (ctx.accounts().hyber(clientId, request.header("Authorization")) == null) {
      return unauthorized();
    }
    JsonNode root = Json.tree(request.body());
    if (root == null || !root.isObject()) {
      return error(new HyberError(HyberError.INVALID_JSON, "Invalid JSON"));
    }
    String listName = broadcast ? "recipients" : "messages";
    List<String> channels;
    JsonNode list = root.get(listName);
    try {
      channels = HyberValidation.common(root);
      if (list == null || !list.isArray() || list.isEmpty()) {
        throw new HyberValidation.Invalid(HyberError.missing(listName));
      }
      if (list.size() > HyberValidation.MAX_RECIPIENTS) {
        throw new HyberValidation.Invalid(
            new HyberError(
                HyberError.TOO_MANY_RECIPIENTS,
                "Too many recipients: at most " + HyberValidation.MAX_RECIPIENTS));
      }
    } catch (HyberValidation.Invalid e) {
      return error(e.error);
    }
    String jobId = Ids.uuid();
    String callbackUrl = callbackUrl(root);
    JsonNode options = root.get("channel_options");
    List<MessageStore.JobEntry> entries = new ArrayList<>(list.size());
    for (JsonNode item : list) {
      String rawPhone = item.path("phone_number").asText(null);
      String extraId = item.path("extra_id").asText(null);
      try {
        String phone = HyberValidation.phone(item.get("phone_number"));
        extraId = HyberValidation.extraId(item);
        Map<String, String> texts = new LinkedHashMap<>();
        UnaryOperator<String> render = broadcast ? variables(item) : UnaryOperator.identity();
        String batchText = broadcast ? null : HyberValidation.optionalText(item, "text");
        for (String channel : channels) {
          JsonNode opts = options.get(channel);
          String text =
              batchText != null ? batchText : HyberValidation.rendered(opts, "text", render);
          HyberValidation.channel(channel, opts, text, render);
          if (text != null) {
            texts.put(channel, text);
          }
          if (broadcast) {
            renderedOptions(channel, opts, render, texts);
          }
        }
        SimMessage message =
            accept(clientId, phone, extraId, callbackUrl, jobId, channels, options, texts);
        entries.add(new MessageStore.JobEntry(phone, extraId, message, null, null));
      } catch (HyberValidation.Invalid e) {
        entries.add(
            new MessageStore.JobEntry(
                rawPhone, extraId, null, e.error.errorCode(), e.error.errorText()));
      }
    }
    ctx.messages()
        .putJob(new MessageStore.Job(jobId, clientId, System.currentTimeMillis(), entries));
    if (!sync) {
      return Reply.json(new JobAccepted(jobId));
    }
    List<SyncEntry> out = new ArrayList<>(entries.size());
    for (MessageStore.JobEntry e : entries) {
      out.add(
          e.message() == null
              ? new SyncEntry(true, e.phone(), null, e.ourId(), false, e.errorCode(), e.errorText())
              : new SyncEntry(
                  true, e.phone(), e.message().messageId(), e.ourId(), true, null, null));
    }
    return Reply.json(new SyncReply(out));
  }

  private Reply jobStatus(Request request) {
    String clientId = request.pathParam("client_id");
    if (ctx.accounts().hyber(clientId, request.header("Authorization")) == null) {
      return unauthorized();
    }
    MessageStore.Job job = ctx.messages().job(request.pathParam("job_id"));
    if (job == null || !job.account().equals(clientId)) {
      return Reply.json(404, new HyberError(HyberError.NOT_FOUND, "Job not found"));
    }
    long now = System.currentTimeMillis();
    List<HyberReports.Report> out = new ArrayList<>(job.entries().size());
    for (MessageStore.JobEntry e : job.entries()) {
      out.add(
          e.message() == null
              ? new HyberReports.Report(
                  job.createdAt(),
                  e.phone(),
                  null,
                  e.ourId(),
                  true,
                  false,
                  -1,
                  null,
                  null,
                  "hyber",
                  null,
                  null,
                  null,
                  e.errorCode(),
                  e.errorText(),
                  null,
                  null,
                  null)
              : HyberReports.report(e.message(), now, true));
    }
    return Reply.json(new StatusReport(out));
  }

  private Reply report(Request request) {
    String clientId = request.pathParam("client_id");
    if (ctx.accounts().hyber(clientId, request.header("Authorization")) == null) {
      return unauthorized();
    }
    String mode = request.pathParam("mode");
    if (!mode.equals("simple") && !mode.equals("advanced")) {
      return Reply.json(404, new HyberError(HyberError.NOT_FOUND, "Unknown report type"));
    }
    String extraId = request.pathParam("extra_id");
    SimMessage message =
        extraId != null
            ? ctx.messages().byOurId(HYBER, clientId, extraId)
            : ctx.messages().get(HYBER, request.pathParam("message_id"));
    if (message == null || !message.account().equals(clientId)) {
      return Reply.json(404, new HyberError(HyberError.NOT_FOUND, "Message not found"));
    }
    long now = System.currentTimeMillis();
    return Reply.json(
        mode.equals("simple")
            ? HyberReports.simple(message, now)
            : HyberReports.report(message, now, true));
  }

  private SimMessage accept(
      String clientId,
      String phone,
      String extraId,
      String callbackUrl,
      String jobId,
      List<String> channels,
      JsonNode options,
      Map<String, String> texts) {
    long now = System.currentTimeMillis();
    Outcomes outcomes = ctx.outcomes().get(HYBER);
    boolean ctr = false;
    for (String channel : channels) {
      ctr |= options.path(channel).path("ctr").asBoolean(false);
    }
    boolean twoWay = channels.contains("viber") || channels.contains("whatsapp");
    Plan plan = Plan.draw(channels, outcomes, Plan.Reporting.FULL, ctr, twoWay, now);
    int parts = Sms.parts(texts.get("sms"));
    SimMessage message =
        new SimMessage(
            HYBER,
            Ids.uuid(),
            clientId,
            phone,
            extraId,
            callbackUrl,
            jobId,
            now,
            plan,
            new HyberReports.Details(ctr, parts));
    ctx.accept(message, texts);
    return message;
  }

  /** %name% -> the recipient's field "name"; unknown placeholders are left as they are. */
  static UnaryOperator<String> variables(JsonNode recipient) {
    return text -> {
      if (text == null || text.indexOf('%') < 0) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length() + 32);
      int i = 0;
      while (i < text.length()) {
        int open = text.indexOf('%', i);
        int close = open < 0 ? -1 : text.indexOf('%', open + 1);
        if (open < 0 || close < 0) {
          out.append(text, i, text.length());
          break;
        }
        String name = text.substring(open + 1, close);
        JsonNode value = recipient.get(name);
        if (!name.isEmpty() && value != null && !value.isContainerNode()) {
          out.append(text, i, open).append(value.asText());
          i = close + 1;
        } else {
          out.append(text, i, close);
          i = close;
        }
      }
      return out.toString();
    };
  }

  private static void renderedOptions(
      String channel, JsonNode opts, UnaryOperator<String> render, Map<String, String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = opts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getKey().equals("text")
          && field.getValue().isTextual()
          && field.getValue().asText().indexOf('%') >= 0) {
        out.put(channel + "." + field.getKey(), render.apply(field.getValue().asText()));
      }
    }
  }

  private static String callbackUrl(JsonNode root) {
    return HyberValidation.optionalText(root, "callback_url");
  }

  private static Reply error(HyberError error) {
    return Reply.json(400, error);
  }

  private static Reply unauthorized() {
    return Reply.json(401, new HyberError(HyberError.UNAUTHORIZED, "Authorization failed"));
  }

  record MessageAccepted(String messageId) {}

  record JobAccepted(String jobId) {}

  record SyncEntry(
      Boolean processed,
      String phoneNumber,
      String messageId,
      String extraId,
      Boolean accepted,
      Integer errorCode,
      String errorText) {}

  record SyncReply(List<SyncEntry> messages) {}

  record StatusReport(List<HyberReports.Report> messages) {}
}
