/**
 * Faults injected on demand through the control API: provider error codes, HTTP 5xx, slow replies,
 * no reply, duplicate, out-of-order and dropped callbacks. Depends on {@code Provider} only.
 */
package io.cascade.simulator.fault;
