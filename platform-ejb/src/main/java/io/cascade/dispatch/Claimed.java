package io.cascade.dispatch;

import java.util.Map;
import java.util.UUID;

/**
 * A message a node has claimed: who it goes to, and how many times it has been tried (this try
 * included).
 */
public record Claimed(UUID id, String phone, Map<String, String> variables, int attempt) {}
