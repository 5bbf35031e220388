package io.cascade.simulator.ledger;

import io.cascade.simulator.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts accepted sends per (provider, phone, our id) in striped open-addressing tables of
 * primitive arrays: about 30 bytes per key, so tens of millions of recipients fit in a few hundred
 * megabytes. The id itself is kept as a 64-bit hash; its text is remembered, in a bounded map, for
 * the first 200,000 keys and for keys that became duplicates (what a person looks at).
 */
public final class SendCounter {
  private static final int STRIPES = 64;
  private static final int FIRST_NAMES = 200_000;
  private static final int DUPLICATE_NAMES = 300_000;

  private final Stripe[] stripes = new Stripe[STRIPES];
  private final AtomicLong totalSends = new AtomicLong();
  private final AtomicLong uniqueKeys = new AtomicLong();
  private final AtomicLong duplicateSends = new AtomicLong();
  private final AtomicLong duplicateKeys = new AtomicLong();
  private final Map<Long, String> duplicateIds = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLongArray providerSends =
      new java.util.concurrent.atomic.AtomicLongArray(Provider.values().length);
  private final java.util.concurrent.atomic.AtomicLongArray providerDuplicates =
      new java.util.concurrent.atomic.AtomicLongArray(Provider.values().length);

  public SendCounter() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /** One more accepted send; returns how many times this key has been sent now. */
  public int increment(Provider provider, String phone, String ourId) {
    long phoneNumber = phoneNumber(phone);
    long key = key(provider, phoneNumber, ourId);
    int count = stripe(key).increment(key, phoneNumber, (byte) provider.ordinal());
    totalSends.incrementAndGet();
    providerSends.incrementAndGet(provider.ordinal());
    if (count == 1) {
      uniqueKeys.incrementAndGet();
      if (ourId != null && duplicateIds.size() < FIRST_NAMES) {
        duplicateIds.put(key, ourId);
      }
    } else {
      duplicateSends.incrementAndGet();
      providerDuplicates.incrementAndGet(provider.ordinal());
      if (count == 2) {
        duplicateKeys.incrementAndGet();
        if (ourId != null && duplicateIds.size() < DUPLICATE_NAMES) {
          duplicateIds.put(key, ourId);
        }
      }
    }
    return count;
  }

  public int count(Provider provider, String phone, String ourId) {
    long phoneNumber = phoneNumber(phone);
    long key = key(provider, phoneNumber, ourId);
    return stripe(key).get(key);
  }

  /** Every key of a phone (a scan: fine for a control API, not for a hot path). */
  public List<SendCount> byPhone(String phone, Provider provider) {
    long phoneNumber = phoneNumber(phone);
    List<SendCount> result = new ArrayList<>();
    for (Stripe stripe : stripes) {
      stripe.collect(result, phoneNumber, provider, 0, Integer.MAX_VALUE, duplicateIds);
    }
    return result;
  }

  /** Keys sent more than once, up to {@code limit}. */
  public List<SendCount> duplicates(Provider provider, int limit) {
    List<SendCount> result = new ArrayList<>();
    for (Stripe stripe : stripes) {
      stripe.collect(result, -1, provider, 2, limit, duplicateIds);
      if (result.size() >= limit) {
        break;
      }
    }
    return result;
  }

  public Totals totals() {
    Map<String, ProviderTotals> perProvider = new java.util.LinkedHashMap<>();
    for (Provider p : Provider.values()) {
      perProvider.put(
          p.pathName(),
          new ProviderTotals(providerSends.get(p.ordinal()), providerDuplicates.get(p.ordinal())));
    }
    return new Totals(
        totalSends.get(), uniqueKeys.get(), duplicateSends.get(), duplicateKeys.get(), perProvider);
  }

  public void reset() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
    totalSends.set(0);
    uniqueKeys.set(0);
    duplicateSends.set(0);
    duplicateKeys.set(0);
    duplicateIds.clear();
    for (int i = 0; i < providerSends.length(); i++) {
      providerSends.set(i, 0);
      providerDuplicates.set(i, 0);
    }
  }

  /** Sends counted for one key; {@code ourId} is null when only its hash is known. */
  public record SendCount(String provider, String phone, String ourId, String keyHash, int count) {}

  /**
   * {@code duplicateSends}: sends beyond the first per key; {@code duplicateKeys}: keys sent twice
   * or more.
   */
  public record Totals(
      long sends,
      long uniqueKeys,
      long duplicateSends,
      long duplicateKeys,
      Map<String, ProviderTotals> byProvider) {}

  public record ProviderTotals(long sends, long duplicateSends) {}

  private Stripe stripe(long key) {
    return stripes[(int) (key >>> 58)];
  }

  /** Phones are digits only everywhere the simulator counts them; anything else hashes. */
  static long phoneNumber(String phone) {
    if (phone != null && !phone.isEmpty() && phone.length() <= 18) {
      long value = 0;
      for (int i = 0; i < phone.length(); i++) {
        char c = phone.charAt(i);
        if (c < '0' || c > '9') {
          return -Math.abs(hash(phone, 17));
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
    return -Math.abs(hash(String.valueOf(phone), 17));
  }

  static long key(Provider provider, long phone, String ourId) {
    long h = hash(ourId == null ? "\u0000" : ourId, provider.ordinal() + 1);
    h ^= mix(phone + 0x9E3779B97F4A7C15L);
    h = mix(h);
    return h == 0 ? 1 : h;
  }

  /** A stable id for messages without one of ours (DecisionTelecom): "text:" + 64-bit hash. */
  public static String textId(String text) {
    return "text:" + Long.toHexString(hash(text == null ? "" : text, 0));
  }

  private static long hash(String text, long seed) {
    long h = 0xCBF29CE484222325L ^ seed; // FNV-1a, then a murmur finaliser for the high bits
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  private static final class Stripe {
    private long[] keys = new long[256];
    private long[] phones = new long[256];
    private int[] counts = new int[256];
    private byte[] providers = new byte[256];
    private int size;

    synchronized int increment(long key, long phone, byte provider) {
      if (size * 4 >= keys.length * 3) {
        grow();
      }
      int slot = slot(keys, key);
      if (keys[slot] == 0) {
        keys[slot] = key;
        phones[slot] = phone;
        providers[slot] = provider;
        size++;
      }
      return ++counts[slot];
    }

    synchronized int get(long key) {
      int slot = slot(keys, key);
      return keys[slot] == 0 ? 0 : counts[slot];
    }

    synchronized void collect(
        List<SendCount> out,
        long phone,
        Provider provider,
        int minCount,
        int limit,
        Map<Long, String> names) {
      for (int i = 0; i < keys.length && out.size() < limit; i++) {
        if (keys[i] != 0
            && (phone < 0 || phones[i] == phone)
            && counts[i] >= minCount
            && (provider == null || providers[i] == provider.ordinal())) {
          String name = names.get(keys[i]);
          out.add(
              new SendCount(
                  Provider.values()[providers[i]].pathName(),
                  phones[i] >= 0 ? Long.toString(phones[i]) : null,
                  name,
                  name == null ? Long.toHexString(keys[i]) : null,
                  counts[i]));
        }
      }
    }

    private static int slot(long[] table, long key) {
      int mask = table.length - 1;
      int slot = (int) key & mask;
      while (table[slot] != 0 && table[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldPhones = phones;
      int[] oldCounts = counts;
      byte[] oldProviders = providers;
      int capacity = oldKeys.length * 2;
      keys = new long[capacity];
      phones = new long[capacity];
      counts = new int[capacity];
      providers = new byte[capacity];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int slot = slot(keys, oldKeys[i]);
          keys[slot] = oldKeys[i];
          phones[slot] = oldPhones[i];
          counts[slot] = oldCounts[i];
          providers[slot] = oldProviders[i];
        }
      }
    }
  }
}
