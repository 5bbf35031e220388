package io.cascade.callback;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.message.MessageState;
import io.cascade.provider.EventType;
import io.cascade.provider.ProviderEvent;
import io.cascade.report.CounterChanges;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the providers' events make of one message and its hops, whatever their order and however
 * often each comes: a final status is never undone (a late "in progress" or a second, different
 * final report of the same hop change nothing), "seen", a click or a reply prove delivery, and a
 * report about a later hop of the cascade proves that the hops before it failed. Counter changes
 * are the difference between what was loaded and what the events left.
 */
final class MessageFate {

  static final String HOP_SENT = "SENT";

  /** One hop as loaded and as the events leave it. */
  static final class Hop {
    final int position;
    final String channel;
    final String loadedStatus;
    String status;
    String providerMessageId;
    String errorCode;
    String errorText;
    Integer smsParts;
    Instant at;

    Hop(int position, String channel, String loadedStatus) {
      this.position = position;
      this.channel = channel;
      this.loadedStatus = loadedStatus;
      this.status = loadedStatus;
    }

    boolean isFinal() {
      return status != null && !status.equals(HOP_SENT);
    }

    boolean changed() {
      return !Objects.equals(status, loadedStatus);
    }
  }

  final UUID id;
  final String providerMessageId;
  final String phone;
  final UUID campaignId;
  private final List<Channel> cascade;
  private final MessageState loadedState;
  private final boolean loadedSeen;
  private final int loadedClicks;
  private final boolean loadedReplied;
  private final TreeMap<Integer, Hop> hops = new TreeMap<>();

  MessageState state;
  Instant finalAt;
  Instant seenAt;
  int clicks;
  Instant repliedAt;
  String errorCode;
  String errorText;

  MessageFate(
      UUID id,
      String providerMessageId,
      String phone,
      UUID campaignId,
      List<Channel> cascade,
      MessageState state,
      boolean seen,
      int clicks,
      boolean replied) {
    this.id = id;
    this.providerMessageId = providerMessageId;
    this.phone = phone;
    this.campaignId = campaignId;
    this.cascade = cascade;
    this.loadedState = state;
    this.state = state;
    this.loadedSeen = seen;
    this.loadedClicks = clicks;
    this.clicks = clicks;
    this.loadedReplied = replied;
  }

  /** A hop as stored. */
  void loadHop(int position, String channel, String status) {
    hops.put(position, new Hop(position, channel, status));
  }

  /** What its events do now. */
  enum Readiness {
    /** Sent (or maybe sent, or already reported on): events apply. */
    APPLY,
    /** Not sent yet: its send's commit may be on its way, the events wait for it. */
    WAIT,
    /** Refused or cancelled: it never went out, a report about it changes nothing. */
    IGNORE
  }

  Readiness readiness() {
    return switch (state) {
      case PENDING, CLAIMED, RETRY_WAIT -> Readiness.WAIT;
      case REJECTED, CANCELLED -> Readiness.IGNORE;
      case SENT, UNKNOWN, DELIVERED, UNDELIVERED, EXPIRED -> Readiness.APPLY;
    };
  }

  /**
   * Applies one event.
   *
   * @param reportsCascadeEnd the provider's failure report is the message's last word, whatever
   *     channel it names (Hyber, Messaggio); otherwise only a failure of the last hop is final
   */
  void apply(ProviderEvent e, boolean reportsCascadeEnd, Instant now) {
    Instant at = e.at() == null ? now : e.at();
    int position = position(e.channel());
    switch (e.type()) {
      case IN_PROGRESS -> {}
      case DELIVERED -> deliver(position, e, at);
      case SEEN -> {
        deliver(position == 0 ? firstMessenger() : position, null, at);
        if (seenAt == null && !loadedSeen) {
          seenAt = at;
        }
      }
      case CLICKED -> {
        deliver(position == 0 ? firstMessenger() : position, null, at);
        clicks = Math.max(clicks, e.count() == null ? 1 : e.count());
      }
      case REPLY -> {
        deliver(position == 0 ? firstMessenger() : position, null, at);
        if (repliedAt == null && !loadedReplied) {
          repliedAt = at;
        }
      }
      case UNDELIVERED, EXPIRED -> fail(position, e, reportsCascadeEnd, at);
    }
  }

  private void deliver(int position, ProviderEvent e, Instant at) {
    int hop = position > 0 ? position : cascade.size() == 1 ? 1 : 0;
    if (hop > 0) {
      settleHop(hop, "DELIVERED", e, at);
      fellBackBefore(hop, at);
    }
    moveTo(MessageState.DELIVERED, null, null, at);
  }

  private void fail(int position, ProviderEvent e, boolean reportsCascadeEnd, Instant at) {
    MessageState failed =
        e.type() == EventType.EXPIRED ? MessageState.EXPIRED : MessageState.UNDELIVERED;
    int hop = position > 0 ? position : cascade.size() == 1 ? 1 : 0;
    if (hop > 0) {
      settleHop(hop, failed.name(), e, at);
      fellBackBefore(hop, at);
    }
    if (reportsCascadeEnd || position == 0 || position >= cascade.size()) {
      moveTo(failed, e.errorCode(), e.reason(), at);
    }
  }

  /**
   * No final report came, nor does the provider know one: a message still sent expires, with why,
   * and so does each hop still sent.
   */
  void expire(String why, Instant at) {
    if (state != MessageState.SENT) {
      return;
    }
    moveTo(MessageState.EXPIRED, "NO_REPORT", why, at);
    for (Hop hop : hops.values()) {
      if (!hop.isFinal()) {
        hop.status = MessageState.EXPIRED.name();
        hop.at = at;
        hop.errorCode = "NO_REPORT";
        hop.errorText = why;
      }
    }
  }

  private void moveTo(MessageState to, String code, String text, Instant at) {
    if (state.canMoveTo(to)) {
      state = to;
      finalAt = at;
      if (code != null || text != null) {
        errorCode = code;
        errorText = text;
      }
    }
  }

  /** The first final status of a hop stays: repeats and stale reports change nothing. */
  private void settleHop(int position, String status, ProviderEvent e, Instant at) {
    Hop hop = hop(position);
    if (hop.isFinal()) {
      return;
    }
    hop.status = status;
    hop.at = at;
    if (e != null) {
      if (!status.equals("DELIVERED")) {
        hop.errorCode = e.errorCode();
        hop.errorText = e.reason();
      }
      hop.providerMessageId = e.providerMessageId();
      hop.smsParts = parts(e.details());
    }
  }

  /** The cascade reached this hop, so every hop before it failed (a provider falls back then). */
  private void fellBackBefore(int position, Instant at) {
    for (int p = 1; p < position; p++) {
      Hop hop = hop(p);
      if (!hop.isFinal()) {
        hop.status = MessageState.UNDELIVERED.name();
        hop.at = at;
        hop.errorText = "Not delivered: the provider fell back to " + cascade.get(position - 1);
      }
    }
  }

  private Hop hop(int position) {
    return hops.computeIfAbsent(position, p -> new Hop(p, cascade.get(p - 1).name(), null));
  }

  /** 1-based position of the channel in the cascade; 0 when the event names none of it. */
  private int position(Channel channel) {
    return channel == null ? 0 : cascade.indexOf(channel) + 1;
  }

  /** Where "seen" and replies happen when the provider does not say: the first messenger. */
  private int firstMessenger() {
    for (int i = 0; i < cascade.size(); i++) {
      if (cascade.get(i) != Channel.SMS) {
        return i + 1;
      }
    }
    return cascade.size() == 1 ? 1 : 0;
  }

  private static Integer parts(Map<String, String> details) {
    String parts = details.get("total_sms_parts");
    try {
      return parts == null ? null : Integer.valueOf(parts);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  boolean messageChanged() {
    return state != loadedState || seenAt != null || clicks != loadedClicks || repliedAt != null;
  }

  List<Hop> changedHops() {
    return hops.values().stream().filter(Hop::changed).toList();
  }

  /** What these events changed, as counter changes. */
  void count(CounterChanges counters, String tenant) {
    counters.move(tenant, campaignId, loadedState.name(), state.name(), 1);
    if (seenAt != null) {
      counters.add(tenant, campaignId, "SEEN", 1);
    }
    if (loadedClicks == 0 && clicks > 0) {
      counters.add(tenant, campaignId, "CLICKED", 1);
    }
    if (repliedAt != null) {
      counters.add(tenant, campaignId, "REPLIED", 1);
    }
    for (Hop hop : changedHops()) {
      if (hop.loadedStatus != null) {
        counters.add(tenant, campaignId, hop.position, hop.channel, hop.loadedStatus, -1);
      }
      counters.add(tenant, campaignId, hop.position, hop.channel, hop.status, 1);
    }
  }
}
