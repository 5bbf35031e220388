package io.cascade.web.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.UnknownProviderAccountException;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.provideraccount.ProviderAccountService;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * providers/edit.xhtml: adds an account ({@code ?provider=MESSAGGIO}) or edits one ({@code
 * ?id=...}); checks it, rotates its callback token, disables or deletes it. Refusals reach the
 * page's fields through the one Faces exception handler.
 */
@Named
@ViewScoped
public class ProviderAccountEditBacking implements Serializable {

  @EJB private ProviderAccountService service;
  @Inject private Messages messages;

  private String idParam;
  private String providerParam;

  private ProviderAccountForm form;

  /** What is stored of the account, or null while creating one. */
  private StoredAccount account;

  /** The stored facts the page shows beside the form (never the secret). */
  public record StoredAccount(
      UUID id,
      String name,
      boolean enabled,
      String secretMasked,
      String callbackUrl,
      Boolean lastCheckOk,
      String lastCheckCode,
      String lastCheckText,
      Instant lastCheckAt)
      implements Serializable {}

  private String checkPhone;

  /** f:viewAction: another tenant's account, a deleted one or a malformed id is not found. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (idParam != null && !idParam.isBlank()) {
      show(service.get(parseId(idParam)));
    } else {
      form = ProviderAccountForm.of(provider(providerParam));
    }
  }

  public String save() {
    String secret = form.takeSecret();
    if (account == null) {
      ProviderAccount created = service.create(form.getProvider(), form.details(), secret);
      messages.info("providers.saved");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/providers/edit?faces-redirect=true&id=" + created.getId();
    }
    show(service.update(account.id(), form.details(), secret));
    messages.info("providers.saved");
    return null;
  }

  public void check() {
    boolean ok = service.check(account.id(), checkPhone).ok();
    show(service.get(account.id()));
    messages.info(ok ? "providers.checkOk" : "providers.checkFailed");
  }

  public void rotateCallbackToken() {
    show(service.rotateCallbackToken(account.id()));
    messages.info("providers.tokenRotated");
  }

  public void toggleEnabled() {
    show(service.setEnabled(account.id(), !account.enabled()));
    messages.info(account.enabled() ? "providers.enabledNow" : "providers.disabledNow");
  }

  public String delete() {
    service.delete(account.id());
    messages.info("providers.deleted");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/providers/index?faces-redirect=true";
  }

  private void show(ProviderAccount a) {
    account =
        new StoredAccount(
            a.getId(),
            a.getName(),
            a.isEnabled(),
            a.getSecretMasked(),
            service.callbackUrl(a),
            a.getLastCheckOk(),
            a.getLastCheckCode(),
            a.getLastCheckText(),
            a.getLastCheckAt());
    form = ProviderAccountForm.of(a);
  }

  /** A provider the URL names; any other value is a page that does not exist. */
  private static ProviderKind provider(String name) {
    try {
      return ProviderKind.parse(name);
    } catch (InvalidFieldException e) {
      throw new UnknownProviderAccountException(null);
    }
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      throw new UnknownProviderAccountException(null);
    }
  }

  public boolean isCreating() {
    return account == null;
  }

  public ProviderAccountForm getForm() {
    return form;
  }

  /** The stored account (masked secret, last check, enabled), or null while creating one. */
  public StoredAccount getAccount() {
    return account;
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

  public String getCheckPhone() {
    return checkPhone;
  }

  public void setCheckPhone(String checkPhone) {
    this.checkPhone = checkPhone;
  }
}
