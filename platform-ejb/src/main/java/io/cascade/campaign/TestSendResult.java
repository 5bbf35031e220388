package io.cascade.campaign;

/** What the provider answered to a test send: its own code and text. */
public record TestSendResult(boolean accepted, String code, String text) {}
