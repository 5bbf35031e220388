package io.cascade.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import io.cascade.domain.shared.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An account's defaults are checked against its provider's limits when it is saved. */
class AccountLimitsTest {

  private static List<FieldProblem> problems(
      ProviderKind provider, List<String> senders, Integer smsTtl, Integer viberTtl) {
    return ProviderRegistry.module(provider)
        .accountLimits()
        .problems(
            provider,
            new ProviderAccountDetails("A", null, "site", "1", "u", senders, smsTtl, viberTtl));
  }

  @Test
  void hyberTakesElevenLatinCharactersOfSenderAndItsOwnTtlRanges() {
    List<FieldProblem> problems =
        problems(ProviderKind.HYBER, List.of("AcmeShopOnline2", "Акме"), 60, 30);

    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactly("senderNames", "senderNames", "smsTtlSeconds", "viberTtlSeconds");
    assertThat(problems.get(0).message()).contains("at most 11").contains("AcmeShopOnline2");
    assertThat(problems.get(1).message()).contains("Latin").contains("Акме");
    assertThat(problems.get(3).message()).contains("Viber TTL of 40 to 86400 seconds, not 30");
    assertThat(problems(ProviderKind.HYBER, List.of("Acme"), 86_400, 3_600)).isEmpty();
  }

  @Test
  void decisionTelecomTakesAViberTtlOfAtMostSixHoursAndIgnoresTheSmsTtl() {
    assertThat(problems(ProviderKind.DECISIONTELECOM, List.of("Acme"), 1, 86_400))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("viberTtlSeconds");
              assertThat(p.message()).contains("40 to 21600");
            });
  }

  @Test
  void messaggioTakesElevenCharactersOfSender() {
    assertThat(problems(ProviderKind.MESSAGGIO, List.of("A sender of twenty"), null, null))
        .extracting(FieldProblem::field)
        .containsExactly("senderNames");
  }
}
