package io.cascade.provider.messaggio;

import java.net.URI;

/**
 * Messaggio's two hosts: the bulk send endpoint and the media upload endpoint. The only place that
 * knows their URLs, real and under the simulator's base.
 */
public record MessaggioEndpoints(URI bulk, URI media) {

  public static MessaggioEndpoints production() {
    return new MessaggioEndpoints(
        URI.create("https://bulk.sms-online.com/"),
        URI.create("https://media.sms-online.com/upload/"));
  }

  /** The simulator's layout: {@code B/messaggio/bulk/} and {@code B/messaggio/media/upload/}. */
  public static MessaggioEndpoints underBase(URI base) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return new MessaggioEndpoints(
        URI.create(root + "messaggio/bulk/"), URI.create(root + "messaggio/media/upload/"));
  }
}
