package io.cascade.reply;

import java.time.Instant;
import java.util.UUID;

/**
 * What the inbox shows: every field optional.
 *
 * @param phone a part of the number (digits)
 * @param from replies at or after; {@code to} before
 */
public record ReplyFilter(UUID campaignId, String phone, Instant from, Instant to) {

  public static ReplyFilter all() {
    return new ReplyFilter(null, null, null, null);
  }

  /** The digits of the phone search, or null when it has none. */
  String phoneDigits() {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? null : digits;
  }
}
