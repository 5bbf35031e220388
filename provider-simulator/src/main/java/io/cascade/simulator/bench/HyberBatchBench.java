package io.cascade.simulator.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Posts one Hyber batch of N recipients (default 50,000) to a running simulator and prints how long
 * it took. Usage: {@code java -cp provider-simulator.jar io.cascade.simulator.bench.HyberBatchBench
 * http://127.0.0.1:8190 [recipients] [sync|async]}.
 */
public final class HyberBatchBench {
  private HyberBatchBench() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8190";
    int recipients = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    boolean sync = args.length > 2 && args[2].equals("sync");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String auth =
        Base64.getEncoder().encodeToString("demo:demo-secret".getBytes(StandardCharsets.UTF_8));
    // one warm-up round so the figure is not the JIT's first impression
    for (int round = 0; round < 2; round++) {
      // fresh extra_ids every round, so the simulator's duplicate count stays 0
      String prefix = "bench-" + System.currentTimeMillis() + "-" + round + "-";
      byte[] body = body(recipients, prefix).getBytes(StandardCharsets.UTF_8);
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + "/hyber/proxy/1001/batch" + (sync ? "/sync" : "")))
              .timeout(Duration.ofMinutes(2))
              .header("Authorization", "Basic " + auth)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      long started = System.nanoTime();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf(
          "%s batch of %,d recipients (%,d bytes): HTTP %d, %,d bytes back, %d ms (%s)%n",
          sync ? "sync" : "async",
          recipients,
          body.length,
          response.statusCode(),
          response.body().length,
          millis,
          round == 0 ? "warm-up" : "measured");
    }
  }

  static String body(int recipients, String extraIdPrefix) {
    StringBuilder out = new StringBuilder(recipients * 90 + 400).append("{\"messages\":[");
    for (int i = 0; i < recipients; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"phone_number\":")
          .append(380_500_000_000L + i)
          .append(",\"extra_id\":\"")
          .append(extraIdPrefix)
          .append(i)
          .append("\",\"text\":\"Hello, recipient #")
          .append(i)
          .append("\"}");
    }
    return out.append(
            "],\"tag\":\"bench\",\"channels\":[\"viber\",\"sms\"],\"channel_options\":{"
                + "\"viber\":{\"ttl\":60,\"device\":\"phone\"},"
                + "\"sms\":{\"alpha_name\":\"GMSU\",\"ttl\":300}}}")
        .toString();
  }
}
