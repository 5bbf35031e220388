package io.cascade.provideraccount;

import java.time.Instant;

/** What the provider answered to the check of an account: its code and text, as it said them. */
public record CheckResult(Instant at, boolean ok, String code, String text) {}
