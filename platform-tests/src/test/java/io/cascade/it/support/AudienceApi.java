package io.cascade.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Contact lists made over REST ({@code /api/audiences}), for tests that need one. */
public final class AudienceApi {

  private AudienceApi() {}

  /** Creates a list; returns its id. */
  public static String createList(String token, String name) {
    HttpResponse<String> created =
        Platform.post("api/audiences", token, "application/json", "{\"name\":\"" + name + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Platform.json(created.body()).get("id").asText();
  }

  /**
   * Starts importing the CSV into the list.
   *
   * @param variables the variable columns, comma-separated
   * @return the path of the import to poll
   */
  public static String importCsv(String token, String listId, String csv, String variables) {
    HttpResponse<String> started =
        Platform.post(
            "api/audiences/" + listId + "/import?phoneColumn=phone&variables=" + variables,
            token,
            "text/csv",
            csv);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return "api/audiences/"
        + listId
        + "/import/"
        + Platform.json(started.body()).get("id").asText();
  }

  /** Polls the import until it ends (or 30 s pass); returns its last state. */
  public static JsonNode awaitImport(String token, String importPath) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      JsonNode progress = Platform.json(Platform.get(importPath, token).body());
      String status = progress.get("status").asText();
      if (status.equals("COMPLETED")
          || status.equals("FAILED")
          || Instant.now().isAfter(deadline)) {
        return progress;
      }
      Thread.sleep(300);
    }
  }
}
