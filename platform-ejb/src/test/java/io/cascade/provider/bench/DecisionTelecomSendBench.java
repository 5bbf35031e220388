package io.cascade.provider.bench;

import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendRequest;
import io.cascade.provider.decisiontelecom.DecisionTelecomClient;
import io.cascade.provider.decisiontelecom.DecisionTelecomConfig;
import io.cascade.provider.decisiontelecom.DecisionTelecomEndpoints;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * N DecisionTelecom single sends against the provider simulator, through our client, three ways: a
 * client built for each send and closed after it (what the platform did before it kept one client
 * per account), one shared pooled client on one thread, and the shared client on several threads at
 * once (how dispatch will use it). Prints sends per second of each; benchmarks/provider-sends.sh
 * runs it beside wrk on the same endpoint.
 *
 * <p>Arguments: base URL of the simulator, number of sends, threads of the concurrent run.
 */
public final class DecisionTelecomSendBench {

  private static final MultichannelContent CONTENT =
      MultichannelContent.of(
          ViberContent.builder().text("Benchmark message").sender("Cascade").ttl(3600).build());

  private DecisionTelecomSendBench() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    int sends = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    DecisionTelecomConfig config =
        new DecisionTelecomConfig("demo-key", DecisionTelecomEndpoints.underBase(base));

    // warm up the JIT and the simulator on a tenth of the sends, untimed
    try (DecisionTelecomClient warm = new DecisionTelecomClient(config)) {
      run(sends / 10, 1, () -> warm, false, "w");
    }
    double perSend = run(sends, 1, () -> new DecisionTelecomClient(config), true, "a");
    double pooled;
    double concurrent;
    try (DecisionTelecomClient shared = new DecisionTelecomClient(config)) {
      pooled = run(sends, 1, () -> shared, false, "b");
      concurrent = run(sends, threads, () -> shared, false, "c");
    }
    System.out.printf("client built per send (before):       %8.0f sends/s%n", perSend);
    System.out.printf(
        "one pooled client, 1 thread (after):   %8.0f sends/s  (%.1fx)%n",
        pooled, pooled / perSend);
    System.out.printf(
        "one pooled client, %d threads (after): %8.0f sends/s  (%.1fx)%n",
        threads, concurrent, concurrent / perSend);
    System.out.printf(
        "RESULT per_send=%.0f pooled=%.0f concurrent=%.0f%n", perSend, pooled, concurrent);
  }

  /** Sends {@code count} single messages and returns sends per second; each must be accepted. */
  private static double run(
      int count,
      int threads,
      Supplier<DecisionTelecomClient> clients,
      boolean closeEach,
      String tag)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Object>> workers =
        java.util.stream.IntStream.range(0, threads)
            .mapToObj(
                t ->
                    pool.submit(
                        (java.util.concurrent.Callable<Object>)
                            () -> {
                              for (int i = next.getAndIncrement();
                                  i < count;
                                  i = next.getAndIncrement()) {
                                DecisionTelecomClient client = clients.get();
                                try {
                                  send(client, tag + "-" + i, 380_500_000_000L + i);
                                } finally {
                                  if (closeEach) {
                                    client.close();
                                  }
                                }
                              }
                              return null;
                            }))
            .toList();
    for (Future<Object> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return count / seconds;
  }

  private static void send(DecisionTelecomClient client, String id, long phone) {
    SendOutcome outcome =
        client
            .send(SendRequest.of(List.of(Recipient.of(id, String.valueOf(phone))), CONTENT))
            .outcomes()
            .get(0);
    if (!(outcome instanceof SendOutcome.Accepted)) {
      throw new IllegalStateException("Not accepted: " + outcome);
    }
  }
}
