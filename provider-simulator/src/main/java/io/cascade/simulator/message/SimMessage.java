package io.cascade.simulator.message;

import io.cascade.simulator.Provider;

/**
 * One accepted message to one recipient. {@code details} holds the few provider-specific facts the
 * callbacks and reports need (a small record of the provider package).
 */
public record SimMessage(
    Provider provider,
    String messageId,
    String account,
    String phone,
    String ourId,
    String callbackUrl,
    String jobId,
    long acceptedAt,
    Plan plan,
    Object details) {}
