package io.cascade.provideraccount;

import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Recipient;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.InvalidProviderAccountException;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import io.cascade.domain.provideraccount.UnknownProviderAccountException;
import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.provider.LimitViolationException;
import io.cascade.provider.ProviderClient;
import io.cascade.provider.ProviderRegistry;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendRequest;
import io.cascade.tenancy.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The current tenant's provider accounts; tenant admins only. Secrets arrive in clear, are
 * encrypted before they reach the entity and leave only masked (or inside a provider client).
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class ProviderAccountService {

  /** The text of the test message a check sends. */
  static final String CHECK_TEXT = "Cascade: test message of your provider account";

  @PersistenceContext private EntityManager em;
  @Inject private ProviderAccountSettings settings;
  @Inject private ProviderClients clients;
  @Inject private CallbackAccounts callbackAccounts;
  @Resource private SessionContext session;

  public List<ProviderAccount> list() {
    return em.createQuery(
            "select a from ProviderAccount a order by a.name, a.createdAt", ProviderAccount.class)
        .getResultList();
  }

  /**
   * @throws UnknownProviderAccountException also for another tenant's account
   */
  public ProviderAccount get(UUID id) {
    ProviderAccount account = id == null ? null : em.find(ProviderAccount.class, id);
    if (account == null) {
      throw new UnknownProviderAccountException(id);
    }
    return account;
  }

  public ProviderAccount create(
      ProviderKind provider, ProviderAccountDetails details, String secret) {
    List<FieldProblem> problems = new ArrayList<>();
    if (secret == null || secret.isBlank()) {
      problems.add(
          InvalidProviderAccountException.problem(
              "secret", "secret.required." + provider.credentials().secret()));
    }
    ProviderAccountDetails vetted = vetted(provider, details, problems);
    SecretCipher cipher = settings.cipher();
    ProviderAccount account = new ProviderAccount(provider, vetted);
    account.replaceSecret(cipher.encrypt(secret.strip(), ProviderClients.context(account)));
    CallbackTokens.issue(account, cipher);
    em.persist(account);
    return account;
  }

  /** Changes the fields; a blank {@code newSecret} keeps the stored one. */
  public ProviderAccount update(UUID id, ProviderAccountDetails details, String newSecret) {
    ProviderAccount account = get(id);
    account.change(vetted(account.getProvider(), details, new ArrayList<>()));
    if (newSecret != null && !newSecret.isBlank()) {
      account.replaceSecret(
          settings.cipher().encrypt(newSecret.strip(), ProviderClients.context(account)));
    }
    return account;
  }

  public ProviderAccount setEnabled(UUID id, boolean enabled) {
    ProviderAccount account = get(id);
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    return account;
  }

  public void delete(UUID id) {
    em.remove(get(id));
    clients.forget(id);
    callbackAccounts.forget(id);
  }

  public ProviderAccount rotateCallbackToken(UUID id) {
    ProviderAccount account = get(id);
    CallbackTokens.issue(account, settings.cipher());
    callbackAccounts.forget(id);
    return account;
  }

  public String callbackUrl(ProviderAccount account) {
    return settings.callbackUrl(account);
  }

  /**
   * Sends one test message through the account's provider client to the given number, and keeps and
   * returns what the provider answered (its code and text). Refusals before sending (a number or
   * sender name the provider would not take) are kept the same way. The provider is called outside
   * any transaction, so a slow provider holds no database connection; the outcome is kept in a
   * transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CheckResult check(UUID id, String phone) {
    ProviderAccount account = get(id);
    PhoneNumber number;
    try {
      number = PhoneNumber.parse(phone, null);
    } catch (RuntimeException e) {
      throw InvalidProviderAccountException.of("phone", "check.phone");
    }
    if (account.getSenderNames().isEmpty()) {
      throw InvalidProviderAccountException.of("senderNames", "check.senderFirst");
    }
    ProviderClient client = clients.forAccount(account);
    Recipient recipient =
        Recipient.of("check-" + UUID.randomUUID().toString().substring(0, 8), number.e164());
    CheckResult result;
    try {
      SendOutcome outcome =
          client
              .send(
                  SendRequest.of(
                      List.of(recipient),
                      MultichannelContent.of(
                          ProviderRegistry.module(account.getProvider())
                              .testMessage(account, CHECK_TEXT))))
              .outcomes()
              .get(0);
      result = result(account, outcome);
    } catch (LimitViolationException e) {
      result = new CheckResult(Instant.now(), false, "REFUSED", e.getMessage());
    }
    session.getBusinessObject(ProviderAccountService.class).keepCheck(id, result);
    return result;
  }

  /** The second half of {@link #check}: keeps its outcome with the account. */
  public void keepCheck(UUID id, CheckResult result) {
    get(id).recordCheck(result.at(), result.ok(), result.code(), result.text());
  }

  private static CheckResult result(ProviderAccount account, SendOutcome outcome) {
    Instant now = Instant.now();
    if (outcome instanceof SendOutcome.Accepted a) {
      return new CheckResult(
          now,
          true,
          "ACCEPTED",
          account.getProvider().displayName()
              + " accepted the test message"
              + (a.providerMessageId() != null
                  ? ", message id " + a.providerMessageId()
                  : a.jobId() != null ? ", job id " + a.jobId() : ""));
    }
    if (outcome instanceof SendOutcome.Rejected r) {
      return new CheckResult(now, false, r.code(), r.text());
    }
    SendOutcome.Retryable r = (SendOutcome.Retryable) outcome;
    return new CheckResult(now, false, r.code(), r.text());
  }

  /**
   * The details with their base URL in normal form, refused with every problem at once: those found
   * before (a missing secret), the base URL, the account's own rules and its provider's limits.
   */
  private ProviderAccountDetails vetted(
      ProviderKind provider, ProviderAccountDetails d, List<FieldProblem> problems) {
    String base = null;
    try {
      base = settings.baseUrlPolicy().check(provider, d.baseUrl());
    } catch (InvalidFieldException e) {
      problems.addAll(e.problems());
    }
    problems.addAll(ProviderAccount.problems(provider, d));
    problems.addAll(ProviderRegistry.module(provider).accountLimits().problems(provider, d));
    InvalidProviderAccountException.throwIfAny(problems);
    return new ProviderAccountDetails(
        d.name(),
        base,
        d.hyberSite(),
        d.hyberClientId(),
        d.login(),
        d.senderNames(),
        d.smsTtlSeconds(),
        d.viberTtlSeconds());
  }
}
