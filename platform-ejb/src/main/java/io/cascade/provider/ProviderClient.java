package io.cascade.provider;

import java.util.List;

/**
 * A messaging provider as the dispatch code sees it. Implementations check the provider's limits
 * before anything leaves the process, and never throw for what a provider answered about one
 * recipient: that becomes a {@link SendOutcome}.
 */
public interface ProviderClient {

  ProviderCapabilities capabilities();

  /** Problems that would make the provider refuse the request; empty when it may be sent. */
  List<LimitViolation> validate(SendRequest request);

  /**
   * Sends to every recipient, splitting into as many provider requests as the limits need.
   *
   * @throws LimitViolationException before sending anything when {@link #validate} finds problems
   */
  SendReport send(SendRequest request);

  /**
   * Turns one callback the provider posted to us into our events.
   *
   * @throws CallbackParseException naming what is wrong when the payload cannot be understood
   */
  List<ProviderEvent> parseCallback(CallbackPayload payload);

  /**
   * Asks the provider for the current status of messages.
   *
   * @throws UnsupportedOperationException when {@link ProviderCapabilities#statusQuery()} is false
   *     or the query names an id this provider cannot look up by
   */
  List<ProviderEvent> queryStatus(StatusQuery query);
}
