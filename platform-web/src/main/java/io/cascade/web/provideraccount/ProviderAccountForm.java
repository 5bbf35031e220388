package io.cascade.web.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What providers/edit.xhtml edits of an account: the typed values, and the stored facts shown
 * beside them. The secret is write-only: its getter is always empty.
 */
public class ProviderAccountForm implements Serializable {

  private ProviderKind provider;
  private String name;
  private String baseUrl;
  private String hyberSite;
  private String hyberClientId;
  private String login;
  private String secret;
  private String senderNames;
  private Integer smsTtlSeconds = ProviderAccount.DEFAULT_SMS_TTL;
  private Integer viberTtlSeconds = ProviderAccount.DEFAULT_VIBER_TTL;

  /** An empty form for a new account at the provider. */
  static ProviderAccountForm of(ProviderKind provider) {
    ProviderAccountForm form = new ProviderAccountForm();
    form.provider = provider;
    return form;
  }

  /** The stored values; the secret field starts empty. */
  static ProviderAccountForm of(ProviderAccount a) {
    ProviderAccountForm form = of(a.getProvider());
    form.name = a.getName();
    form.baseUrl = a.getBaseUrl();
    form.hyberSite = a.getHyberSite();
    form.hyberClientId = a.getHyberClientId();
    form.login = a.getLogin();
    form.senderNames = String.join(", ", a.getSenderNames());
    form.smsTtlSeconds = a.getSmsTtlSeconds();
    form.viberTtlSeconds = a.getViberTtlSeconds();
    return form;
  }

  ProviderAccountDetails details() {
    return new ProviderAccountDetails(
        name,
        baseUrl,
        hyberSite,
        hyberClientId,
        login,
        senderNames == null ? List.of() : Arrays.asList(senderNames.split("[,\\n]")),
        smsTtlSeconds,
        viberTtlSeconds);
  }

  /** The typed secret, once: it is not kept in the view after a save. */
  String takeSecret() {
    String typed = secret;
    secret = null;
    return typed;
  }

  public ProviderKind getProvider() {
    return provider;
  }

  public boolean isHyber() {
    return provider.credentials().hyberSite();
  }

  public boolean isHasLogin() {
    return provider.credentials().login() != null;
  }

  /** Message keys of what this provider calls the login, the secret and a sender name. */
  public String getLoginLabelKey() {
    return "providers." + provider.credentials().login();
  }

  public String getSecretLabelKey() {
    return "providers.secret." + provider.credentials().secret();
  }

  public String getSenderLabelKey() {
    return "providers.senders." + provider.credentials().sender();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getHyberSite() {
    return hyberSite;
  }

  public void setHyberSite(String hyberSite) {
    this.hyberSite = hyberSite;
  }

  public String getHyberClientId() {
    return hyberClientId;
  }

  public void setHyberClientId(String hyberClientId) {
    this.hyberClientId = hyberClientId;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  /** Always empty: a stored secret is never sent back to the browser. */
  public String getSecret() {
    return null;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getSenderNames() {
    return senderNames;
  }

  public void setSenderNames(String senderNames) {
    this.senderNames = senderNames;
  }

  public Integer getSmsTtlSeconds() {
    return smsTtlSeconds;
  }

  public void setSmsTtlSeconds(Integer smsTtlSeconds) {
    this.smsTtlSeconds = smsTtlSeconds;
  }

  public Integer getViberTtlSeconds() {
    return viberTtlSeconds;
  }

  public void setViberTtlSeconds(Integer viberTtlSeconds) {
    this.viberTtlSeconds = viberTtlSeconds;
  }
}
