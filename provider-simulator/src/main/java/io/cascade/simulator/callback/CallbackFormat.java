package io.cascade.simulator.callback;

import io.cascade.simulator.message.SimMessage;
import java.util.List;

/** How one provider writes its callbacks; one implementation per provider. */
public interface CallbackFormat {

  /** An HTTP request to make: {@code body} null means none (GET with the data in the URL). */
  record Outgoing(String url, String method, String contentType, String body) {}

  /** Whether the message gets callbacks at all (a callback URL, DLR requested...). */
  boolean wants(SimMessage message);

  /** The request for one event, or null when this provider does not report that event. */
  Outgoing build(SimMessage message, CallbackEvent event);

  /**
   * How many callbacks of this event to one URL may go together in one request (1: each alone).
   * Above 1, {@link #batch} must make that request.
   */
  default int batchSize(CallbackEvent event) {
    return 1;
  }

  /** One request carrying several callbacks built by {@link #build} for the same URL. */
  default Outgoing batch(List<Outgoing> callbacks) {
    throw new UnsupportedOperationException("this provider sends no batched callbacks");
  }
}
