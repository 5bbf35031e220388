package io.cascade.provider.messaggio;

import io.cascade.domain.message.Recipient;
import java.util.List;
import java.util.Map;

/** One bulk request: the recipients it carries and its form parameters in sending order. */
public record MessaggioRequest(List<Recipient> recipients, Map<String, List<String>> form) {}
