package io.cascade.domain.provideraccount;

import io.cascade.domain.channel.SenderName;
import io.cascade.domain.channel.Ttl;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.FieldProblem;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's account at one provider. Holds the secret (Hyber password, Messaggio secret key,
 * DecisionTelecom API key) only encrypted, and the token of its callback URL.
 */
@Entity
@Table(name = "provider_account")
public class ProviderAccount {

  public static final int MAX_NAME = 100;
  public static final int MAX_LOGIN = 100;
  public static final int MAX_SENDER_NAMES = 20;

  /** Random bytes of a callback token: 256 bits, well above the 128 asked for. */
  public static final int CALLBACK_TOKEN_BYTES = 32;

  public static final int DEFAULT_SMS_TTL = 86_400;
  public static final int DEFAULT_VIBER_TTL = 3_600;

  /** A Hyber site goes into a host name: letters, digits and inner hyphens only. */
  private static final Pattern SITE = Pattern.compile("[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?");

  /** A Hyber client id goes into a URL path. */
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider", nullable = false, updatable = false)
  private ProviderKind provider;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "base_url")
  private String baseUrl;

  @Column(name = "hyber_site")
  private String hyberSite;

  @Column(name = "hyber_client_id")
  private String hyberClientId;

  @Column(name = "login")
  private String login;

  @Embedded private EncryptedSecret secret;

  @Column(name = "sender_names", nullable = false)
  private String senderNames;

  @Column(name = "sms_ttl_seconds", nullable = false)
  private int smsTtlSeconds;

  @Column(name = "viber_ttl_seconds", nullable = false)
  private int viberTtlSeconds;

  /**
   * The keyed hash of the callback token, by which a callback finds its account; the token itself
   * is kept only encrypted (for showing the URL again), so a read of the database cannot forge
   * callbacks.
   */
  @Column(name = "callback_token_hash", nullable = false, unique = true)
  private String callbackTokenHash;

  @Embedded
  @AttributeOverride(name = "ciphertext", column = @Column(name = "callback_token_ciphertext"))
  @AttributeOverride(name = "keyId", column = @Column(name = "callback_token_key_id"))
  private EncryptedSecret callbackToken;

  @Column(name = "last_check_at")
  private Instant lastCheckAt;

  @Column(name = "last_check_ok")
  private Boolean lastCheckOk;

  @Column(name = "last_check_code")
  private String lastCheckCode;

  @Column(name = "last_check_text")
  private String lastCheckText;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ProviderAccount() {}

  /**
   * A new, enabled account; the tenant id is filled in by Hibernate. The secret comes separately
   * ({@link #replaceSecret}) because its encryption is bound to the account id.
   */
  public ProviderAccount(ProviderKind provider, ProviderAccountDetails details) {
    this.id = UUID.randomUUID();
    this.provider = Objects.requireNonNull(provider, "provider");
    this.createdAt = Instant.now();
    this.enabled = true;
    change(details);
  }

  /** Changes the editable fields, refusing what the provider could not work with. */
  public void change(ProviderAccountDetails d) {
    InvalidProviderAccountException.throwIfAny(problems(provider, d));
    ProviderKind.Credentials shape = provider.credentials();
    this.name = strip(d.name());
    this.baseUrl = strip(d.baseUrl());
    this.hyberSite = shape.hyberSite() ? strip(d.hyberSite()) : null;
    this.hyberClientId = shape.hyberSite() ? strip(d.hyberClientId()) : null;
    this.login = shape.login() == null ? null : strip(d.login());
    this.senderNames = String.join("\n", senderNames(d.senderNames()));
    this.smsTtlSeconds = d.smsTtlSeconds() == null ? DEFAULT_SMS_TTL : d.smsTtlSeconds();
    this.viberTtlSeconds = d.viberTtlSeconds() == null ? DEFAULT_VIBER_TTL : d.viberTtlSeconds();
  }

  /**
   * Every reason the details cannot be an account of the provider, each naming its field; empty
   * when they can. The provider's own limits (sender length, TTL ranges) are checked by the service
   * on top of these.
   */
  public static List<FieldProblem> problems(ProviderKind provider, ProviderAccountDetails d) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = strip(d.name());
    if (name == null || name.length() > MAX_NAME) {
      problems.add(InvalidProviderAccountException.problem("name", "name.length", MAX_NAME));
    }
    ProviderKind.Credentials shape = provider.credentials();
    if (shape.hyberSite()) {
      String site = strip(d.hyberSite());
      if (site == null || !SITE.matcher(site).matches()) {
        problems.add(
            InvalidProviderAccountException.problem("hyberSite", "hyberSite.format", "{site}"));
      }
      String clientId = strip(d.hyberClientId());
      if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
        problems.add(
            InvalidProviderAccountException.problem("hyberClientId", "hyberClientId.format"));
      }
    }
    String login = strip(d.login());
    if (shape.login() != null && (login == null || login.length() > MAX_LOGIN)) {
      problems.add(
          InvalidProviderAccountException.problem(
              "login", "login.required." + shape.login(), MAX_LOGIN));
    }
    List<String> names = new ArrayList<>();
    for (String raw : d.senderNames()) {
      String s = strip(raw);
      if (s == null) {
        continue;
      }
      try {
        names.add(SenderName.of(s).value());
      } catch (DomainException e) {
        problems.add(
            InvalidProviderAccountException.problem(
                "senderNames", "senderNames.invalid", problem(e), s));
      }
    }
    if (names.isEmpty() && shape.senderRequired()) {
      problems.add(
          InvalidProviderAccountException.problem(
              "senderNames", "senderNames.required." + shape.sender()));
    }
    if (new LinkedHashSet<>(names).size() > MAX_SENDER_NAMES) {
      problems.add(
          InvalidProviderAccountException.problem(
              "senderNames", "senderNames.max", MAX_SENDER_NAMES));
    }
    ttl(problems, "smsTtlSeconds", d.smsTtlSeconds());
    ttl(problems, "viberTtlSeconds", d.viberTtlSeconds());
    return problems;
  }

  /** The sender names as they are kept: stripped, each once, in the order given. */
  public static List<String> senderNames(List<String> given) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String raw : given) {
      String s = strip(raw);
      if (s != null) {
        names.add(s);
      }
    }
    return new ArrayList<>(names);
  }

  public void replaceSecret(EncryptedSecret encrypted) {
    this.secret = Objects.requireNonNull(encrypted, "encrypted");
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  /**
   * Gives the account a callback token (a new one: the old URL stops working), as its keyed hash
   * and its encryption, both made by the service that holds the key ({@link #newCallbackToken}).
   */
  public void replaceCallbackToken(String hash, EncryptedSecret encrypted) {
    this.callbackTokenHash = Objects.requireNonNull(hash, "hash");
    this.callbackToken = Objects.requireNonNull(encrypted, "encrypted");
  }

  /** Keeps the outcome of the last check, shown with the account. */
  public void recordCheck(Instant at, boolean ok, String code, String text) {
    this.lastCheckAt = Objects.requireNonNull(at, "at");
    this.lastCheckOk = ok;
    this.lastCheckCode = cut(code, 64);
    this.lastCheckText = cut(text, 1000);
  }

  private static void ttl(List<FieldProblem> problems, String field, Integer given) {
    if (given == null) {
      return;
    }
    try {
      Ttl.ofSeconds(given);
    } catch (DomainException e) {
      problems.add(InvalidProviderAccountException.problem(field, "value.invalid", problem(e)));
    }
  }

  /** What a value object said, kept as a text when it is one. */
  private static Object problem(DomainException e) {
    return e.texts().isEmpty() ? e.getMessage() : e.texts().get(0);
  }

  /** A fresh random callback token, unguessable (256 bits, URL-safe). */
  public static String newCallbackToken() {
    byte[] bytes = new byte[CALLBACK_TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public UUID getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public ProviderKind getProvider() {
    return provider;
  }

  public String getName() {
    return name;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The API base when not the documented one, else null. */
  public String getBaseUrl() {
    return baseUrl;
  }

  public String getHyberSite() {
    return hyberSite;
  }

  public String getHyberClientId() {
    return hyberClientId;
  }

  public String getLogin() {
    return login;
  }

  /** The encrypted secret, or null before one is set. */
  public EncryptedSecret getSecret() {
    return secret;
  }

  public String getSecretMasked() {
    return EncryptedSecret.mask(secret);
  }

  public List<String> getSenderNames() {
    return senderNames.isEmpty() ? List.of() : Arrays.asList(senderNames.split("\n"));
  }

  public int getSmsTtlSeconds() {
    return smsTtlSeconds;
  }

  public int getViberTtlSeconds() {
    return viberTtlSeconds;
  }

  /** The keyed hash of the callback token, by which callbacks find the account. */
  public String getCallbackTokenHash() {
    return callbackTokenHash;
  }

  /** The encrypted callback token (the service decrypts it to show the URL). */
  public EncryptedSecret getCallbackToken() {
    return callbackToken;
  }

  public Instant getLastCheckAt() {
    return lastCheckAt;
  }

  public Boolean getLastCheckOk() {
    return lastCheckOk;
  }

  public String getLastCheckCode() {
    return lastCheckCode;
  }

  public String getLastCheckText() {
    return lastCheckText;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "ProviderAccount[" + id + ", " + provider + ", " + name + "]";
  }
}
