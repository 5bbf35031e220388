/**
 * The HTTP plumbing every API shares: request and reply records, the endpoint wrapper that reads
 * the body without blocking, applies injected faults and records the request, and the form and
 * multipart parsers. Depends on the {@code fault} and {@code ledger} packages.
 */
package io.cascade.simulator.http;
