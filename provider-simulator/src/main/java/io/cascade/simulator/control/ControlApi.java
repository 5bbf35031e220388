package io.cascade.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.simulator.Provider;
import io.cascade.simulator.SimulatorContext;
import io.cascade.simulator.account.DecisionTelecomAccount;
import io.cascade.simulator.account.HyberAccount;
import io.cascade.simulator.account.MessaggioAccount;
import io.cascade.simulator.fault.FaultKind;
import io.cascade.simulator.fault.FaultRule;
import io.cascade.simulator.http.Endpoint;
import io.cascade.simulator.http.Forms;
import io.cascade.simulator.http.Json;
import io.cascade.simulator.http.Reply;
import io.cascade.simulator.http.Request;
import io.cascade.simulator.ledger.SendCounter;
import io.cascade.simulator.message.Outcomes;
import io.undertow.server.RoutingHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The control API; see the README for every path. */
public final class ControlApi {
  private final SimulatorContext ctx;
  private final long startedAt = System.currentTimeMillis();

  public ControlApi(SimulatorContext ctx) {
    this.ctx = ctx;
  }

  public void register(RoutingHandler routes) {
    routes.get("/_control/health", Endpoint.control(r -> Reply.json(health())));
    routes.get("/_control/stats", Endpoint.control(r -> Reply.json(stats())));
    routes.get("/_control/sends", Endpoint.control(this::sends));
    routes.get("/_control/duplicates", Endpoint.control(this::duplicates));
    routes.get("/_control/requests", Endpoint.control(this::requests));
    routes.get("/_control/callbacks", Endpoint.control(this::callbacks));
    routes.get("/_control/messages", Endpoint.control(this::messages));
    routes.get("/_control/truth", Endpoint.control(this::truth));
    routes.post("/_control/reset", Endpoint.control(r -> reset()));
    routes.get("/_control/faults", Endpoint.control(r -> Reply.json(ctx.faults().list())));
    routes.post("/_control/faults", Endpoint.control(this::addFault));
    routes.delete("/_control/faults", Endpoint.control(r -> clearFaults()));
    routes.delete("/_control/faults/{id}", Endpoint.control(this::removeFault));
    routes.get("/_control/outcomes", Endpoint.control(r -> Reply.json(ctx.outcomes().view())));
    routes.post("/_control/outcomes", Endpoint.control(this::setOutcomes));
    routes.get("/_control/accounts", Endpoint.control(r -> Reply.json(accounts())));
    routes.post("/_control/accounts", Endpoint.control(this::addAccount));
  }

  private Map<String, Object> health() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "UP");
    out.put("uptime_ms", System.currentTimeMillis() - startedAt);
    return out;
  }

  private Map<String, Object> stats() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("uptime_ms", System.currentTimeMillis() - startedAt);
    out.put("requests", ctx.requests().counts());
    out.put("sends", ctx.sends().totals());
    out.put("duplicates", ctx.sends().totals().duplicateSends());
    out.put("callbacks", ctx.callbacks().stats());
    out.put("messages_stored", ctx.messages().size());
    out.put("faults_active", ctx.faults().list().size());
    return out;
  }

  private Reply sends(Request request) {
    Map<String, String> q = query(request);
    String phone = q.get("phone");
    if (phone == null) {
      return Reply.json(400, Map.of("error", "phone is required"));
    }
    Provider provider = Provider.parse(q.get("provider"));
    String id = q.get("id");
    List<SendCounter.SendCount> sends;
    if (id != null) {
      List<Provider> providers = provider == null ? List.of(Provider.values()) : List.of(provider);
      sends =
          providers.stream()
              .map(
                  p ->
                      new SendCounter.SendCount(
                          p.pathName(), phone, id, null, ctx.sends().count(p, phone, id)))
              .filter(s -> s.count() > 0 || provider != null)
              .toList();
    } else {
      sends = ctx.sends().byPhone(phone, provider);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("phone", phone);
    out.put("total", sends.stream().mapToLong(SendCounter.SendCount::count).sum());
    out.put("sends", sends);
    return Reply.json(out);
  }

  private Reply duplicates(Request request) {
    Map<String, String> q = query(request);
    int limit = intParam(q, "limit", 1000);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("duplicate_sends", ctx.sends().totals().duplicateSends());
    out.put("duplicate_keys", ctx.sends().totals().duplicateKeys());
    out.put("keys", ctx.sends().duplicates(Provider.parse(q.get("provider")), limit));
    return Reply.json(out);
  }

  private Reply requests(Request request) {
    Map<String, String> q = query(request);
    return Reply.json(ctx.requests().last(intParam(q, "limit", 50), q.get("provider")));
  }

  private Reply callbacks(Request request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stats", ctx.callbacks().stats());
    out.put("recent", ctx.callbacks().recent(intParam(query(request), "limit", 50)));
    return Reply.json(out);
  }

  private Reply messages(Request request) {
    Map<String, String> q = query(request);
    return Reply.json(ctx.messages().contents(q.get("phone"), intParam(q, "limit", 50)));
  }

  private Reply truth(Request request) {
    return Reply.json(ctx.truth().view(Provider.parse(query(request).get("provider"))));
  }

  private Reply reset() {
    ctx.callbacks().reset();
    ctx.sends().reset();
    ctx.requests().reset();
    ctx.messages().reset();
    ctx.truth().reset();
    ctx.faults().clear();
    ctx.outcomes().reset();
    return Reply.json(Map.of("reset", true));
  }

  private Reply addFault(Request request) {
    JsonNode body = body(request);
    String kind = body.path("kind").asText(null);
    if (kind == null) {
      return Reply.json(400, Map.of("error", "kind is required"));
    }
    FaultRule rule =
        ctx.faults()
            .add(
                Provider.parse(body.path("provider").asText(null)),
                FaultKind.parse(kind),
                body.hasNonNull("count") ? body.get("count").asLong() : null,
                body.hasNonNull("ratio") ? body.get("ratio").asDouble() : null,
                body.hasNonNull("status") ? body.get("status").asInt() : null,
                body.hasNonNull("delay_ms") ? body.get("delay_ms").asLong() : null,
                body.hasNonNull("process") ? body.get("process").asBoolean() : null,
                body.hasNonNull("copies") ? body.get("copies").asInt() : null);
    return Reply.json(rule.view());
  }

  private Reply clearFaults() {
    ctx.faults().clear();
    return Reply.json(Map.of("cleared", true));
  }

  private Reply removeFault(Request request) {
    boolean removed = ctx.faults().remove(Long.parseLong(request.pathParam("id")));
    return Reply.json(removed ? 200 : 404, Map.of("removed", removed));
  }

  /** Merges the given fields into the current ratios (of one provider, or the default). */
  private Reply setOutcomes(Request request) {
    JsonNode body = body(request);
    Provider provider = Provider.parse(body.path("provider").asText(null));
    ObjectNode merged = Json.MAPPER.valueToTree(ctx.outcomes().get(provider));
    body.fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("provider")) {
                merged.set(e.getKey(), e.getValue());
              }
            });
    ctx.outcomes().set(provider, Json.MAPPER.convertValue(merged, Outcomes.class));
    return Reply.json(ctx.outcomes().view());
  }

  private Map<String, Object> accounts() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hyber", ctx.accounts().hyberAccounts());
    out.put("messaggio", ctx.accounts().messaggioAccounts());
    out.put("decisiontelecom", ctx.accounts().decisionTelecomAccounts());
    return out;
  }

  /**
   * Registers or updates an account: {@code {"provider":"hyber","client_id","login","password"}},
   * {@code {"provider":"messaggio","user","secret","callback_url","callback_method","balance"}}
   * (fields left out keep their current values), {@code {"provider":"decisiontelecom","key"}}.
   */
  private Reply addAccount(Request request) {
    ObjectNode body = (ObjectNode) body(request);
    Provider provider = Provider.parse(body.path("provider").asText(null));
    if (provider == null) {
      return Reply.json(400, Map.of("error", "provider is required"));
    }
    body.remove("provider");
    switch (provider) {
      case HYBER -> ctx.accounts().register(Json.MAPPER.convertValue(body, HyberAccount.class));
      case MESSAGGIO -> {
        MessaggioAccount current = ctx.accounts().messaggio(body.path("user").asText(null));
        ObjectNode merged =
            current == null ? Json.MAPPER.createObjectNode() : Json.MAPPER.valueToTree(current);
        merged.setAll(body);
        ctx.accounts().register(Json.MAPPER.convertValue(merged, MessaggioAccount.class));
      }
      case DECISIONTELECOM ->
          ctx.accounts().register(Json.MAPPER.convertValue(body, DecisionTelecomAccount.class));
    }
    return Reply.json(accounts());
  }

  private static JsonNode body(Request request) {
    JsonNode node = Json.tree(request.body());
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a JSON object body is required");
    }
    return node;
  }

  private static Map<String, String> query(Request request) {
    Map<String, String> out = new LinkedHashMap<>();
    Forms.decode(Forms.pairs(request.query()), StandardCharsets.UTF_8)
        .forEach((k, v) -> out.put(k, v.get(0)));
    return out;
  }

  private static int intParam(Map<String, String> q, String name, int fallback) {
    String value = q.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }
}
