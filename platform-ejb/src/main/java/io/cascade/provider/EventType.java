package io.cascade.provider;

/** The kinds of news a provider sends about a message. */
public enum EventType {
  /** Accepted or on its way; not final. */
  IN_PROGRESS,
  DELIVERED,
  /** Not delivered, with a reason. */
  UNDELIVERED,
  /** Its time to live ran out before delivery. */
  EXPIRED,
  SEEN,
  CLICKED,
  /** The subscriber answered. */
  REPLY
}
