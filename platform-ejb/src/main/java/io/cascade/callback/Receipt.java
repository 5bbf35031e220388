package io.cascade.callback;

import io.cascade.domain.provider.ProviderKind;
import java.util.UUID;

/**
 * A callback as it arrived at the URL of an account, to be stored raw.
 *
 * @param query the raw query string (Messaggio may send by GET), or null
 */
public record Receipt(
    String tenantId,
    UUID accountId,
    ProviderKind provider,
    String contentType,
    String query,
    String body) {}
