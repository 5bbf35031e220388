package io.cascade.provider;

import java.net.URI;

/**
 * One REST client of a provider API host, built on first use and then shared by every send of the
 * account (its connections are pooled and kept alive). A client that only validates never builds
 * one.
 */
public final class PooledApi<T> implements AutoCloseable {

  private final URI baseUri;
  private final Class<T> api;
  private volatile T client;
  private boolean closed;

  public PooledApi(URI baseUri, Class<T> api) {
    this.baseUri = baseUri;
    this.api = api;
  }

  public T get() {
    T c = client;
    if (c == null) {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("The client of " + baseUri + " is closed");
        }
        c = client;
        if (c == null) {
          c = RestClients.build(baseUri, api);
          client = c;
        }
      }
    }
    return c;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      RestClients.close(client);
      client = null;
    }
  }
}
