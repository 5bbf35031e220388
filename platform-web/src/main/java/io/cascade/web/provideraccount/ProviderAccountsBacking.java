package io.cascade.web.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.provideraccount.ProviderAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** providers/index.xhtml: the tenant's provider accounts, secrets masked. */
@Named
@RequestScoped
public class ProviderAccountsBacking {

  @EJB private ProviderAccountService service;

  private List<ProviderAccount> accounts = List.of();

  public void load() {
    accounts = service.list();
  }

  public List<ProviderAccount> getAccounts() {
    return accounts;
  }

  public ProviderKind[] getProviders() {
    return ProviderKind.values();
  }
}
