/**
 * Delivery callbacks: the account a callback URL's token names ({@link CallbackAccounts}), raw
 * receipts stored in groups before they are answered ({@link CallbackInbox}), and applied after to
 * messages, hops and counters ({@link EventApplier}), in any order and any number of times.
 */
package io.cascade.callback;
