package io.cascade.provider;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds the MicroProfile Rest Client of one provider API host, the same way for every provider:
 * timeouts, our error mapper, and a pool of keep-alive connections sized for many sends at once.
 */
public final class RestClients {

  /** Providers answer within seconds; a hung connection must not hold a dispatch thread. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Connections kept per API host. Dispatch bounds how many requests are in flight per account;
   * this only has to be at least that (RESTEasy's default of 10 per route would queue the rest).
   */
  public static final int MAX_CONNECTIONS = 256;

  private RestClients() {}

  public static <T> T build(URI baseUri, Class<T> api) {
    return RestClientBuilder.newBuilder()
        .baseUri(baseUri)
        .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        // Our mapper reads every error body; the default one would only throw a bare exception.
        .property("microprofile.rest.client.disable.default.mapper", true)
        .property("resteasy.connectionPoolSize", MAX_CONNECTIONS)
        .property("resteasy.maxPooledPerRoute", MAX_CONNECTIONS)
        .register(HttpErrorMapper.class)
        .build(api);
  }

  /** Closes a client built by {@link #build}; MP Rest Client proxies implement Closeable. */
  public static void close(Object client) {
    if (client instanceof Closeable closeable) {
      try {
        closeable.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not close REST client", e);
      }
    }
  }

  public static String basicAuth(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
