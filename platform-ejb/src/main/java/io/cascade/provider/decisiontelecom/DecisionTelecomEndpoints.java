package io.cascade.provider.decisiontelecom;

import java.net.URI;

/**
 * DecisionTelecom's API base, under which {@code send-viber} and {@code receive-viber} live; the
 * only place that knows it, real and under the simulator's base.
 */
public record DecisionTelecomEndpoints(URI api) {

  public static DecisionTelecomEndpoints production() {
    return new DecisionTelecomEndpoints(URI.create("https://web.it-decision.com/v1/api"));
  }

  /** The simulator's layout: {@code B/decisiontelecom/v1/api/send-viber}. */
  public static DecisionTelecomEndpoints underBase(URI base) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return new DecisionTelecomEndpoints(URI.create(root + "decisiontelecom/v1/api"));
  }
}
