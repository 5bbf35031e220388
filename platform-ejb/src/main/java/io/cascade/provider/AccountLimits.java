package io.cascade.provider;

import io.cascade.domain.channel.SmsEncoding;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.InvalidProviderAccountException;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import io.cascade.domain.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a provider accepts of an account's defaults, checked when the account is saved (as a
 * template is checked against its provider), so a campaign never meets them as refusals.
 *
 * @param senderMax longest sender name the provider sends from
 * @param senderGsm7 sender names must be Latin (GSM-7) letters (an SMS alpha name)
 * @param smsTtl the range of the default SMS TTL, or null when the provider has none of its own
 * @param viberTtl the range of the default Viber TTL
 */
public record AccountLimits(int senderMax, boolean senderGsm7, Range smsTtl, Range viberTtl) {

  /** Seconds from {@code min} to {@code max}, both included. */
  public record Range(int min, int max) {}

  public List<FieldProblem> problems(ProviderKind provider, ProviderAccountDetails d) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String name : ProviderAccount.senderNames(d.senderNames())) {
      if (name.length() > senderMax) {
        problems.add(
            InvalidProviderAccountException.problem(
                "senderNames", "limit.sender.length", provider.displayName(), senderMax, name));
      } else if (senderGsm7 && SmsEncoding.of(name) != SmsEncoding.GSM7) {
        problems.add(
            InvalidProviderAccountException.problem(
                "senderNames", "limit.sender.latin", provider.displayName(), name));
      }
    }
    ttl(problems, provider, "smsTtlSeconds", "SMS", smsTtl, d.smsTtlSeconds());
    ttl(problems, provider, "viberTtlSeconds", "Viber", viberTtl, d.viberTtlSeconds());
    return problems;
  }

  private static void ttl(
      List<FieldProblem> problems,
      ProviderKind provider,
      String field,
      String channel,
      Range range,
      Integer given) {
    if (range != null && given != null && (given < range.min() || given > range.max())) {
      problems.add(
          InvalidProviderAccountException.problem(
              field,
              "limit.ttl",
              provider.displayName(),
              channel,
              range.min(),
              range.max(),
              given));
    }
  }
}
