/**
 * Accepted messages: what will happen to each (its plan, drawn from the configured outcome ratios,
 * including the channel cascade), and the bounded stores that status queries read. Depends on
 * {@code Provider} only.
 */
package io.cascade.simulator.message;
