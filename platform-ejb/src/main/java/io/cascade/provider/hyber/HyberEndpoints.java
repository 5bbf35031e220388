package io.cascade.provider.hyber;

import java.net.URI;

/**
 * The three Hyber API hosts of one client account. The only place that knows their URL shapes, both
 * the real ones and those the provider simulator serves under one base URL.
 *
 * @param single single-message endpoint (POST)
 * @param mass base of {@code batch}, {@code broadcast} (and their {@code /sync}) and {@code
 *     status/{job_id}}
 * @param reports base of {@code {message_id}/simple} and {@code external/{extra_id}/simple}
 */
public record HyberEndpoints(URI single, URI mass, URI reports) {

  public static HyberEndpoints forSite(String site, String clientId) {
    return new HyberEndpoints(
        URI.create("https://api-v2-" + site + ".hyber.im/" + clientId),
        URI.create("https://proxy-" + site + ".hyber.im/" + clientId),
        URI.create("https://dr-v2-" + site + ".hyber.im/" + clientId + "/api/dr"));
  }

  /** The simulator's layout: {@code B/hyber/api-v2/{client_id}}, {@code B/hyber/proxy/...}. */
  public static HyberEndpoints underBase(URI base, String clientId) {
    String root = stripSlash(base.toString()) + "/hyber/";
    return new HyberEndpoints(
        URI.create(root + "api-v2/" + clientId),
        URI.create(root + "proxy/" + clientId),
        URI.create(root + "dr-v2/" + clientId + "/api/dr"));
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
