package io.cascade.audience;

import io.cascade.domain.message.PhoneNumber;

/**
 * The phones seen so far in one import, to count duplicates without keeping a million strings: an
 * E.164 number has at most 15 digits, so it fits a {@code long}; open addressing over a {@code
 * long[]} takes 16 MB for a million numbers.
 */
final class PhoneSet {

  private long[] slots = new long[1 << 12];
  private int size;

  /** Adds the phone; false when it was there already. */
  boolean add(PhoneNumber phone) {
    long key = key(phone.e164());
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    return insert(slots, key);
  }

  /** The digits after "+" as a number, without the substring and parse of each phone. */
  private static long key(String e164) {
    long key = 0;
    for (int i = 1; i < e164.length(); i++) {
      key = key * 10 + (e164.charAt(i) - '0');
    }
    return key;
  }

  int size() {
    return size;
  }

  private boolean insert(long[] table, long key) {
    int mask = table.length - 1;
    int i = mix(key) & mask;
    while (table[i] != 0) {
      if (table[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = key;
    if (table == slots) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long key : old) {
      if (key != 0) {
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = key;
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
