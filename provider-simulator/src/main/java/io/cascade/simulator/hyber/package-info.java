/**
 * Hyber / GMS JSON V2: single, batch and broadcast sends (async and sync), campaign status,
 * delivery-report queries and the delivery / seen / click / reply callbacks, with the native
 * channel cascade. Depends on the simulator's shared packages only.
 */
package io.cascade.simulator.hyber;
