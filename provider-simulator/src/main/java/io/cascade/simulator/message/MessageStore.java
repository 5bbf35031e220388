package io.cascade.simulator.message;

import io.cascade.simulator.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Accepted messages for status queries, by provider message id and by (account, our id); jobs of
 * Hyber mass sends; and the rendered content of the last few thousand messages. All bounded: the
 * oldest entries go first, as a provider that keeps reports for a few days would forget.
 */
public final class MessageStore {
  private static final int CONTENT_RING = 10_000;

  private final int capacity;
  private final int jobCapacity;
  // one map per provider, keyed by the bare ids: no key strings to build for each message
  private final List<Map<String, SimMessage>> byId = maps();
  private final List<Map<String, Map<String, SimMessage>>> byOurId = accountMaps();
  // insertion order as a ring of references, not a linked queue: a million-node chain would be
  // traced by the garbage collector one node at a time and stall every young collection
  private final AtomicReferenceArray<SimMessage> order;
  private final AtomicLong inserted = new AtomicLong();
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> jobOrder = new ConcurrentLinkedQueue<>();
  private final AtomicReferenceArray<Content> contents = new AtomicReferenceArray<>(CONTENT_RING);
  private final AtomicLong contentSeq = new AtomicLong();

  public MessageStore(int capacity, int jobCapacity) {
    this.capacity = Math.max(1, capacity);
    this.jobCapacity = jobCapacity;
    this.order = new AtomicReferenceArray<>(this.capacity);
  }

  public void put(SimMessage message) {
    byId.get(message.provider().ordinal()).put(message.messageId(), message);
    if (message.ourId() != null) {
      byOurId
          .get(message.provider().ordinal())
          .computeIfAbsent(message.account(), a -> new ConcurrentHashMap<>())
          .put(message.ourId(), message);
    }
    long seq = inserted.getAndIncrement();
    SimMessage oldest = order.getAndSet((int) (seq % capacity), message);
    if (oldest != null) {
      byId.get(oldest.provider().ordinal()).remove(oldest.messageId(), oldest);
      if (oldest.ourId() != null) {
        Map<String, SimMessage> ours =
            byOurId.get(oldest.provider().ordinal()).get(oldest.account());
        if (ours != null) {
          ours.remove(oldest.ourId(), oldest);
        }
      }
    }
  }

  public SimMessage get(Provider provider, String messageId) {
    return messageId == null ? null : byId.get(provider.ordinal()).get(messageId);
  }

  /** The latest message sent with this id of ours. */
  public SimMessage byOurId(Provider provider, String account, String ourId) {
    Map<String, SimMessage> ours = byOurId.get(provider.ordinal()).get(account);
    return ourId == null || ours == null ? null : ours.get(ourId);
  }

  public void putJob(Job job) {
    jobs.put(job.jobId(), job);
    jobOrder.add(job.jobId());
    while (jobs.size() > jobCapacity) {
      String oldest = jobOrder.poll();
      if (oldest == null) {
        break;
      }
      jobs.remove(oldest);
    }
  }

  public Job job(String jobId) {
    return jobId == null ? null : jobs.get(jobId);
  }

  /** Remembers what a recipient was sent (texts after %variable% filling), in a small ring. */
  public void recordContent(SimMessage message, Map<String, String> texts) {
    long seq = contentSeq.incrementAndGet();
    contents.set(
        (int) (seq % CONTENT_RING),
        new Content(
            seq,
            message.provider().pathName(),
            message.phone(),
            message.ourId(),
            message.messageId(),
            texts));
  }

  public List<Content> contents(String phone, int limit) {
    List<Content> out = new ArrayList<>();
    long newest = contentSeq.get();
    for (long seq = newest; seq > 0 && seq > newest - CONTENT_RING && out.size() < limit; seq--) {
      Content c = contents.get((int) (seq % CONTENT_RING));
      if (c != null && c.seq() == seq && (phone == null || phone.equals(c.phone()))) {
        out.add(c);
      }
    }
    return out;
  }

  public long size() {
    return Math.min(inserted.get(), capacity);
  }

  public void reset() {
    byId.forEach(Map::clear);
    byOurId.forEach(Map::clear);
    for (int i = 0; i < capacity; i++) {
      order.set(i, null);
    }
    inserted.set(0);
    jobs.clear();
    jobOrder.clear();
    for (int i = 0; i < CONTENT_RING; i++) {
      contents.set(i, null);
    }
  }

  private static List<Map<String, Map<String, SimMessage>>> accountMaps() {
    List<Map<String, Map<String, SimMessage>>> maps = new ArrayList<>();
    for (int i = 0; i < Provider.values().length; i++) {
      maps.add(new ConcurrentHashMap<>());
    }
    return List.copyOf(maps);
  }

  private static List<Map<String, SimMessage>> maps() {
    List<Map<String, SimMessage>> maps = new ArrayList<>();
    for (int i = 0; i < Provider.values().length; i++) {
      maps.add(new ConcurrentHashMap<>());
    }
    return List.copyOf(maps);
  }

  /** The rendered content of one message (channel -> text). */
  public record Content(
      long seq,
      String provider,
      String phone,
      String ourId,
      String messageId,
      Map<String, String> texts) {}

  /** A mass send: its entries in request order, rejected recipients included. */
  public record Job(String jobId, String account, long createdAt, List<JobEntry> entries) {}

  /** One recipient of a job; {@code message} is null when it was refused. */
  public record JobEntry(
      String phone, String ourId, SimMessage message, Integer errorCode, String errorText) {}
}
