package io.cascade.provider;

import java.util.List;
import java.util.Optional;

/**
 * A messaging provider as the dispatch code sees it. Implementations check the provider's limits
 * before anything leaves the process, and never throw for what a provider answered about one
 * recipient: that becomes a {@link SendOutcome}.
 *
 * <p>A client of an account is built once and shared by every thread that sends through the
 * account: it holds pooled keep-alive connections, released by {@link #close()}.
 */
public interface ProviderClient extends AutoCloseable {

  ProviderCapabilities capabilities();

  /**
   * Problems that would make the provider refuse the request; empty when it may be sent. Each names
   * the field as the template designer does ({@code viber.buttonCaption}), so the lint shows it
   * there, and reads in the viewer's language.
   */
  List<LimitViolation> validate(SendRequest request);

  /**
   * Content that goes out but will not look as designed (a button without a link that the provider
   * shows as text only, a value the provider ignores); a person should read these before sending.
   */
  default List<LimitViolation> warnings(SendRequest request) {
    return List.of();
  }

  /** The image upload of a provider that sends images by the id of an upload only. */
  default Optional<MediaUploader> mediaUploader() {
    return Optional.empty();
  }

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

  /** Releases the client's connections; a closed client is not used again. */
  @Override
  default void close() {}
}
