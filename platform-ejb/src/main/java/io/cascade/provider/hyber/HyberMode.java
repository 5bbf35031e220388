package io.cascade.provider.hyber;

/** Which Hyber request shape carries a send. */
public enum HyberMode {
  /** One recipient, {@code api-v2}: answers with its message id at once. */
  SINGLE,
  /** {@code messages[]} with one personal text per recipient for all channels. */
  BATCH,
  /** {@code recipients[]} with variables, and {@code %variable%} templates in the options. */
  BROADCAST
}
