/**
 * What the simulator received: compact send counters per (provider, phone, our id) that prove
 * nothing was sent twice, and a bounded log of the last requests. Depends on {@code Provider} only.
 */
package io.cascade.simulator.ledger;
