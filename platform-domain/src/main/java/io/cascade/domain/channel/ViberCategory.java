package io.cascade.domain.channel;

/**
 * Viber's billing category. Transactional messages are text only and may fall back to SMS;
 * promotional ones may carry an image and a button.
 */
public enum ViberCategory {
  PROMOTIONAL,
  TRANSACTIONAL
}
