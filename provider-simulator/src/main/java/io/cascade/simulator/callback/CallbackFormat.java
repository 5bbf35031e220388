package io.cascade.simulator.callback;

import io.cascade.simulator.message.SimMessage;

/** How one provider writes its callbacks; one implementation per provider. */
public interface CallbackFormat {

  /** An HTTP request to make: {@code body} null means none (GET with the data in the URL). */
  record Outgoing(String url, String method, String contentType, String body) {}

  /** Whether the message gets callbacks at all (a callback URL, DLR requested...). */
  boolean wants(SimMessage message);

  /** The request for one event, or null when this provider does not report that event. */
  Outgoing build(SimMessage message, CallbackEvent event);
}
