/**
 * Sends each message's callbacks when their time comes (delivery, seen, clicks, replies), retries
 * those not answered with 200, and injects duplicate, out-of-order or dropped callbacks. The wire
 * format is each provider's {@link io.cascade.simulator.callback.CallbackFormat}. Depends on {@code
 * message} and {@code fault}.
 */
package io.cascade.simulator.callback;
