/**
 * The control API under {@code /_control}: health, statistics, send counts and duplicates, the
 * request and callback logs, the truth tally, reset, fault injection, outcome ratios and accounts.
 * JSON only. Depends on every shared package of the simulator.
 */
package io.cascade.simulator.control;
