package io.cascade.provideraccount;

import io.cascade.domain.shared.DomainException;

/**
 * A secret cannot be stored or read: no key configured, a malformed key, or a stored value that
 * does not decrypt. The message says what to do and never contains a key or a secret.
 */
public class SecretKeyException extends DomainException {

  public SecretKeyException(String message) {
    super(message);
  }
}
