package io.cascade.domain.provideraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.provider.ProviderKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderAccountTest {

  private static ProviderAccountDetails messaggio(String user, List<String> senders) {
    return new ProviderAccountDetails("Main", null, null, null, user, senders, null, null);
  }

  @Test
  void theMaskIsTheSameForEverySecretAndEmptyWithoutOne() {
    assertThat(EncryptedSecret.mask(null)).isEmpty();
    assertThat(EncryptedSecret.mask("")).isEmpty();
    assertThat(EncryptedSecret.mask("a")).isEqualTo(EncryptedSecret.MASK);
    assertThat(EncryptedSecret.mask("a-very-long-secret-key-1234567890"))
        .isEqualTo(EncryptedSecret.MASK)
        .doesNotContain("1234")
        .doesNotContain("a-very");

    ProviderAccount account =
        new ProviderAccount(ProviderKind.MESSAGGIO, messaggio("u", List.of("Acme")));
    assertThat(account.getSecretMasked()).isEmpty();
    account.replaceSecret(new EncryptedSecret(new byte[] {1, 2, 3}, "k-1"));
    assertThat(account.getSecretMasked()).isEqualTo(EncryptedSecret.MASK);
    assertThat(account.getSecret().toString()).doesNotContain("1, 2, 3");
  }

  @Test
  void aNewAccountIsEnabledWithDefaultsAndAnUnguessableCallbackToken() {
    ProviderAccount account =
        new ProviderAccount(
            ProviderKind.MESSAGGIO, messaggio(" demo ", List.of("Acme", " ", "Acme")));

    assertThat(account.isEnabled()).isTrue();
    assertThat(account.getLogin()).isEqualTo("demo");
    assertThat(account.getSenderNames()).containsExactly("Acme");
    assertThat(account.getSmsTtlSeconds()).isEqualTo(ProviderAccount.DEFAULT_SMS_TTL);
    // the token is given by the service that holds the key (hash and encryption)
    assertThat(account.getCallbackToken()).isNull();
    String token = ProviderAccount.newCallbackToken();
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(ProviderAccount.newCallbackToken()).isNotEqualTo(token);

    EncryptedSecret encrypted = new EncryptedSecret(new byte[] {4, 5, 6}, "k-1");
    account.replaceCallbackToken("hash-of-token", encrypted);
    assertThat(account.getCallbackTokenHash()).isEqualTo("hash-of-token");
    assertThat(account.getCallbackToken()).isEqualTo(encrypted);
  }

  @Test
  void refusesWhatTheProviderNeedsButIsMissing() {
    assertThatThrownBy(
            () -> new ProviderAccount(ProviderKind.MESSAGGIO, messaggio(null, List.of("Acme"))))
        .isInstanceOf(InvalidProviderAccountException.class)
        .hasMessageContaining("User is required");
    assertThatThrownBy(() -> new ProviderAccount(ProviderKind.MESSAGGIO, messaggio("u", List.of())))
        .hasMessageContaining("sender name is required");
    assertThatThrownBy(
            () ->
                new ProviderAccount(
                    ProviderKind.HYBER,
                    new ProviderAccountDetails(
                        "H", null, "evil.com/x", "1001", "demo", List.of(), null, null)))
        .isInstanceOf(InvalidProviderAccountException.class)
        .extracting(e -> ((InvalidProviderAccountException) e).getField())
        .isEqualTo("hyberSite");
    assertThatThrownBy(
            () ->
                new ProviderAccount(
                    ProviderKind.MESSAGGIO,
                    new ProviderAccountDetails("M", null, null, null, "u", List.of("A"), 0, null)))
        .extracting(e -> ((InvalidProviderAccountException) e).getField())
        .isEqualTo("smsTtlSeconds");
  }

  @Test
  void reportsEveryProblemAtOnceEachAtItsField() {
    InvalidProviderAccountException refused =
        (InvalidProviderAccountException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    new ProviderAccount(
                        ProviderKind.HYBER,
                        new ProviderAccountDetails(
                            " ", null, "evil.com/x", "1001", null, List.of(), 0, null)));

    assertThat(refused.problems())
        .extracting(p -> p.field())
        .containsExactly("name", "hyberSite", "login", "smsTtlSeconds");
    assertThat(refused.getField()).isEqualTo("name");
    assertThat(refused.getMessage(java.util.Locale.forLanguageTag("uk")))
        .contains("Назва має містити")
        .contains("Потрібен логін");
  }

  @Test
  void keepsTheLastCheck() {
    ProviderAccount account =
        new ProviderAccount(
            ProviderKind.DECISIONTELECOM,
            new ProviderAccountDetails(
                "D", null, null, null, "ignored", List.of("Acme"), null, null));
    assertThat(account.getLogin()).isNull();

    Instant at = Instant.parse("2026-11-23T10:00:00Z");
    account.recordCheck(at, false, "-2", "AUTH ERROR (sign)");

    assertThat(account.getLastCheckAt()).isEqualTo(at);
    assertThat(account.getLastCheckOk()).isFalse();
    assertThat(account.getLastCheckCode()).isEqualTo("-2");
    assertThat(account.getLastCheckText()).isEqualTo("AUTH ERROR (sign)");
  }
}
