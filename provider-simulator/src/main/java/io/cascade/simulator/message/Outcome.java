package io.cascade.simulator.message;

/** The final state of a message on its last channel. */
public enum Outcome {
  DELIVERED,
  UNDELIVERED,
  EXPIRED
}
