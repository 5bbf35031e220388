/**
 * Load helpers for {@code bench.sh}: a timed 50,000-recipient Hyber batch. Depends on nothing in
 * the simulator; it talks to a running one over HTTP.
 */
package io.cascade.simulator.bench;
