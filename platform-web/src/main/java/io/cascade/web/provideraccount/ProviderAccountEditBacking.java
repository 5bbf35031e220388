package io.cascade.web.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.provideraccount.CheckResult;
import io.cascade.provideraccount.ProviderAccountService;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * providers/edit.xhtml: adds an account ({@code ?provider=MESSAGGIO}) or edits one ({@code
 * ?id=...}); checks it, rotates its callback token, disables or deletes it. The secret is
 * write-only: the field is always empty, the stored one shows masked.
 */
@Named
@ViewScoped
public class ProviderAccountEditBacking implements Serializable {

  /** The page's input for each field an InvalidFieldException may name. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "name", "accountForm:name",
          "hyberSite", "accountForm:hyberSite",
          "hyberClientId", "accountForm:hyberClientId",
          "login", "accountForm:login",
          "secret", "accountForm:secret",
          "senderNames", "accountForm:senderNames",
          "smsTtlSeconds", "accountForm:smsTtl",
          "viberTtlSeconds", "accountForm:viberTtl",
          "baseUrl", "accountForm:baseUrl",
          "phone", "checkForm:checkPhone");

  @EJB private ProviderAccountService service;
  @Inject private Messages messages;

  private String idParam;
  private String providerParam;

  private UUID id;
  private ProviderKind provider;
  private String name;
  private String baseUrl;
  private String hyberSite;
  private String hyberClientId;
  private String login;
  private String secret;
  private String senderNames;
  private Integer smsTtlSeconds;
  private Integer viberTtlSeconds;
  private boolean enabled;
  private String secretMasked;
  private String callbackUrl;
  private String checkPhone;
  private Boolean lastCheckOk;
  private String lastCheckCode;
  private String lastCheckText;
  private String lastCheckAt;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (idParam != null && !idParam.isBlank()) {
        show(service.get(UUID.fromString(idParam.strip())));
      } else {
        provider = ProviderKind.parse(providerParam);
        smsTtlSeconds = ProviderAccount.DEFAULT_SMS_TTL;
        viberTtlSeconds = ProviderAccount.DEFAULT_VIBER_TTL;
        enabled = true;
      }
    } catch (DomainException | IllegalArgumentException e) {
      // another tenant's account, a deleted one, a malformed id or an unknown provider
      notFound();
    }
  }

  public String save() {
    ProviderAccountDetails details =
        new ProviderAccountDetails(
            name,
            baseUrl,
            hyberSite,
            hyberClientId,
            login,
            senderNames == null ? List.of() : Arrays.asList(senderNames.split("[,\\n]")),
            smsTtlSeconds,
            viberTtlSeconds);
    try {
      if (id == null) {
        ProviderAccount created = service.create(provider, details, secret);
        messages.info("providers.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/providers/edit?faces-redirect=true&id=" + created.getId();
      }
      show(service.update(id, details, secret));
      messages.info("providers.saved");
    } catch (DomainException e) {
      refused(e);
    }
    secret = null;
    return null;
  }

  public void check() {
    try {
      CheckResult result = service.check(id, checkPhone);
      show(service.get(id));
      messages.info(result.ok() ? "providers.checkOk" : "providers.checkFailed");
    } catch (DomainException e) {
      refused(e);
    }
  }

  public void rotateCallbackToken() {
    try {
      show(service.rotateCallbackToken(id));
      messages.info("providers.tokenRotated");
    } catch (DomainException e) {
      messages.error(e);
    }
  }

  public void toggleEnabled() {
    try {
      show(service.setEnabled(id, !enabled));
      messages.info(enabled ? "providers.enabledNow" : "providers.disabledNow");
    } catch (DomainException e) {
      messages.error(e);
    }
  }

  public String delete() {
    try {
      service.delete(id);
      messages.info("providers.deleted");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/providers/index?faces-redirect=true";
    } catch (DomainException e) {
      messages.error(e);
      return null;
    }
  }

  /** Shows the refusal next to the input it names, or at the top. */
  private void refused(DomainException e) {
    String input =
        e instanceof InvalidFieldException invalid ? INPUTS.get(invalid.getField()) : null;
    if (input != null) {
      messages.error(input, e);
    } else {
      messages.error(e);
    }
  }

  private void show(ProviderAccount a) {
    id = a.getId();
    provider = a.getProvider();
    name = a.getName();
    baseUrl = a.getBaseUrl();
    hyberSite = a.getHyberSite();
    hyberClientId = a.getHyberClientId();
    login = a.getLogin();
    secret = null;
    senderNames = String.join(", ", a.getSenderNames());
    smsTtlSeconds = a.getSmsTtlSeconds();
    viberTtlSeconds = a.getViberTtlSeconds();
    enabled = a.isEnabled();
    secretMasked = a.getSecretMasked();
    callbackUrl = service.callbackUrl(a);
    lastCheckOk = a.getLastCheckOk();
    lastCheckCode = a.getLastCheckCode();
    lastCheckText = a.getLastCheckText();
    lastCheckAt = a.getLastCheckAt() == null ? null : a.getLastCheckAt().toString();
  }

  private static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, "No such provider account");
    context.responseComplete();
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isHyber() {
    return provider == ProviderKind.HYBER;
  }

  public boolean isDecisionTelecom() {
    return provider == ProviderKind.DECISIONTELECOM;
  }

  public String getSecretLabelKey() {
    return "providers.secret." + provider.name();
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getProviderParam() {
    return providerParam;
  }

  public void setProviderParam(String providerParam) {
    this.providerParam = providerParam;
  }

  public UUID getId() {
    return id;
  }

  public ProviderKind getProvider() {
    return provider;
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

  public boolean isEnabled() {
    return enabled;
  }

  public String getSecretMasked() {
    return secretMasked;
  }

  public String getCallbackUrl() {
    return callbackUrl;
  }

  public String getCheckPhone() {
    return checkPhone;
  }

  public void setCheckPhone(String checkPhone) {
    this.checkPhone = checkPhone;
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

  public String getLastCheckAt() {
    return lastCheckAt;
  }
}
