package io.cascade.simulator.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last {@code capacity} provider requests in a ring, bodies cut at {@code maxBodyBytes} so a
 * series of 50,000-recipient batches cannot fill the heap. Per-provider totals cover every request
 * since the last reset.
 */
public final class RequestLog {
  private final AtomicReferenceArray<Entry> ring;
  private final int maxBodyBytes;
  private final AtomicLong sequence = new AtomicLong();
  private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> counts =
      new java.util.concurrent.ConcurrentHashMap<>();

  public RequestLog(int capacity, int maxBodyBytes) {
    this.ring = new AtomicReferenceArray<>(Math.max(1, capacity));
    this.maxBodyBytes = maxBodyBytes;
  }

  public void record(
      String provider,
      String method,
      String path,
      String query,
      int status,
      String fault,
      byte[] body,
      long receivedAt,
      long tookMicros) {
    long seq = sequence.incrementAndGet();
    counts
        .computeIfAbsent(
            provider + "." + statusClass(status), k -> new java.util.concurrent.atomic.LongAdder())
        .increment();
    String text = null;
    boolean truncated = false;
    if (body != null && body.length > 0) {
      truncated = body.length > maxBodyBytes;
      text = new String(body, 0, Math.min(body.length, maxBodyBytes), StandardCharsets.UTF_8);
    }
    ring.set(
        (int) (seq % ring.length()),
        new Entry(
            seq,
            receivedAt,
            provider,
            method,
            path,
            query,
            status,
            fault,
            body == null ? 0 : body.length,
            truncated,
            tookMicros,
            text));
  }

  /** Newest first, at most {@code limit}, optionally one provider's. */
  public List<Entry> last(int limit, String provider) {
    List<Entry> out = new ArrayList<>();
    long newest = sequence.get();
    for (long seq = newest; seq > 0 && seq > newest - ring.length() && out.size() < limit; seq--) {
      Entry entry = ring.get((int) (seq % ring.length()));
      if (entry != null
          && entry.seq() == seq
          && (provider == null || provider.equals(entry.provider()))) {
        out.add(entry);
      }
    }
    return out;
  }

  public long total() {
    return sequence.get();
  }

  /** Requests since the last reset by provider and answer class: "hyber.2xx" -> 1234. */
  public java.util.Map<String, Long> counts() {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private static String statusClass(int status) {
    return status == 0 ? "no_answer" : (status / 100) + "xx";
  }

  public void reset() {
    counts.clear();
    for (int i = 0; i < ring.length(); i++) {
      ring.set(i, null);
    }
  }

  /** One recorded request; {@code status} 0 means no answer was given (injected timeout). */
  public record Entry(
      long seq,
      long receivedAt,
      String provider,
      String method,
      String path,
      String query,
      int status,
      String fault,
      int bodyBytes,
      boolean bodyTruncated,
      long tookMicros,
      String body) {}
}
