package io.cascade.simulator.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.simulator.Provider;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SendCounterTest {

  @Test
  void countsHundredsOfThousandsOfKeysFromManyThreadsExactly() {
    SendCounter counter = new SendCounter();

    IntStream.range(0, 300_000)
        .parallel()
        .forEach(
            i -> counter.increment(Provider.HYBER, Long.toString(380_500_000_000L + i), "id-" + i));
    counter.increment(Provider.HYBER, "380500000007", "id-7");

    SendCounter.Totals totals = counter.totals();
    assertThat(totals.sends()).isEqualTo(300_001);
    assertThat(totals.uniqueKeys()).isEqualTo(300_000);
    assertThat(totals.duplicateSends()).isEqualTo(1);
    assertThat(counter.count(Provider.HYBER, "380500000007", "id-7")).isEqualTo(2);
    assertThat(counter.count(Provider.MESSAGGIO, "380500000007", "id-7")).isZero();
    assertThat(counter.duplicates(null, 10))
        .singleElement()
        .satisfies(d -> assertThat(d.ourId()).isEqualTo("id-7"));
  }

  @Test
  void samePhoneAndIdAreSeparateKeysPerProvider() {
    SendCounter counter = new SendCounter();

    counter.increment(Provider.HYBER, "380961111111", "X");
    counter.increment(Provider.MESSAGGIO, "380961111111", "X");

    assertThat(counter.totals().duplicateSends()).isZero();
    assertThat(counter.byPhone("380961111111", null)).hasSize(2);
  }
}
