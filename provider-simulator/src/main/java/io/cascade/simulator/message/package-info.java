/**
 * Accepted messages: what will happen to each (its plan, drawn from the configured outcome ratios,
 * including the channel cascade), the bounded stores that status queries read, and the truth tally
 * of what was decided. Depends on {@code Provider} only.
 */
package io.cascade.simulator.message;
