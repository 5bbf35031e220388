package io.cascade.it.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Platform;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Provider accounts made over the REST API, for the tests that need one. */
public final class Accounts {

  static final String PATH = "api/provider-accounts";

  private Accounts() {}

  /** A fresh Messaggio account at the simulator (its own user and secret), made by acme-admin. */
  public static Created messaggioAtSimulator(String token, String name) {
    String user = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String secret = "sk-" + UUID.randomUUID();
    Platform.simulatorAccount(
        "{\"provider\":\"messaggio\",\"user\":\"" + user + "\",\"secret\":\"" + secret + "\"}");
    HttpResponse<String> created =
        Platform.post(
            PATH,
            token,
            "{\"provider\":\"MESSAGGIO\",\"name\":\""
                + name
                + "\",\"baseUrl\":\""
                + Platform.simulatorUrl()
                + "\",\"login\":\""
                + user
                + "\",\"secret\":\""
                + secret
                + "\",\"senderNames\":[\"Acme\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Created(
        Platform.json(created.body()).get("id").asText(), user, secret, created.body());
  }

  public record Created(String id, String user, String secret, String body) {}
}
