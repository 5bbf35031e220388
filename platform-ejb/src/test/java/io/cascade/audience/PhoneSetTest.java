package io.cascade.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.domain.message.PhoneNumber;
import org.junit.jupiter.api.Test;

class PhoneSetTest {

  @Test
  void tellsAPhoneSeenBeforeAmongAHundredThousand() {
    PhoneSet phones = new PhoneSet();
    for (int i = 0; i < 100_000; i++) {
      assertThat(phones.add(PhoneNumber.of("+38050" + (1_000_000 + i)))).isTrue();
    }

    assertThat(phones.add(PhoneNumber.of("+380501000000"))).isFalse();
    assertThat(phones.add(PhoneNumber.of("+380501099999"))).isFalse();
    assertThat(phones.add(PhoneNumber.of("+380501100000"))).isTrue();
    assertThat(phones.add(PhoneNumber.of("+999999999999999"))).isTrue();
    assertThat(phones.size()).isEqualTo(100_002);
  }
}
