package io.cascade.simulator.callback;

/** What a callback reports. {@code STALE} is an outdated in-progress status (fault injection). */
public enum CallbackEvent {
  FINAL,
  SEEN,
  CLICK,
  REPLY,
  STALE
}
