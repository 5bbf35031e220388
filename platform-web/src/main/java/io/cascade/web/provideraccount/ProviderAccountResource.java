package io.cascade.web.provideraccount;

import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import io.cascade.provideraccount.CheckResult;
import io.cascade.provideraccount.ProviderAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * /api/provider-accounts: the caller's tenant's accounts (tenant admins; others get 403 from the
 * service). Secrets go in, never out: replies carry the mask only.
 */
@Path("/provider-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderAccountResource {

  /** An account as the API shows it; {@code secret} is the mask. */
  public record AccountView(
      String id,
      String provider,
      String name,
      boolean enabled,
      String baseUrl,
      String hyberSite,
      String hyberClientId,
      String login,
      String secret,
      List<String> senderNames,
      int smsTtlSeconds,
      int viberTtlSeconds,
      String callbackUrl,
      CheckView lastCheck) {}

  /** The outcome of a check: the provider's code and text. */
  public record CheckView(String at, boolean ok, String code, String text) {}

  /**
   * What a tenant admin sends to create or change an account; {@code provider} only on create, a
   * blank {@code secret} on change keeps the stored one, {@code enabled} null keeps the state.
   */
  public record AccountInput(
      String provider,
      String name,
      String baseUrl,
      String hyberSite,
      String hyberClientId,
      String login,
      String secret,
      List<String> senderNames,
      Integer smsTtlSeconds,
      Integer viberTtlSeconds,
      Boolean enabled) {

    ProviderAccountDetails details() {
      return new ProviderAccountDetails(
          name,
          baseUrl,
          hyberSite,
          hyberClientId,
          login,
          senderNames,
          smsTtlSeconds,
          viberTtlSeconds);
    }

    @Override
    public String toString() {
      return "AccountInput[" + provider + ", " + name + "]";
    }
  }

  /** The number the test message of a check goes to. */
  public record CheckInput(String phone) {}

  @EJB private ProviderAccountService accounts;

  @GET
  public List<AccountView> list() {
    return accounts.list().stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  public AccountView get(@PathParam("id") UUID id) {
    return view(accounts.get(id));
  }

  @POST
  public Response create(AccountInput input) {
    ProviderAccount created =
        accounts.create(ProviderKind.parse(input.provider()), input.details(), input.secret());
    if (Boolean.FALSE.equals(input.enabled())) {
      created = accounts.setEnabled(created.getId(), false);
    }
    return Response.status(Response.Status.CREATED).entity(view(created)).build();
  }

  @PUT
  @Path("/{id}")
  public AccountView change(@PathParam("id") UUID id, AccountInput input) {
    ProviderAccount changed = accounts.update(id, input.details(), input.secret());
    if (input.enabled() != null) {
      changed = accounts.setEnabled(id, input.enabled());
    }
    return view(changed);
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") UUID id) {
    accounts.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/check")
  public CheckView check(@PathParam("id") UUID id, CheckInput input) {
    CheckResult result = accounts.check(id, input == null ? null : input.phone());
    return new CheckView(result.at().toString(), result.ok(), result.code(), result.text());
  }

  @POST
  @Path("/{id}/rotate-callback-token")
  public AccountView rotateCallbackToken(@PathParam("id") UUID id) {
    return view(accounts.rotateCallbackToken(id));
  }

  private AccountView view(ProviderAccount a) {
    return new AccountView(
        a.getId().toString(),
        a.getProvider().name(),
        a.getName(),
        a.isEnabled(),
        a.getBaseUrl(),
        a.getHyberSite(),
        a.getHyberClientId(),
        a.getLogin(),
        a.getSecretMasked(),
        a.getSenderNames(),
        a.getSmsTtlSeconds(),
        a.getViberTtlSeconds(),
        accounts.callbackUrl(a),
        a.getLastCheckAt() == null
            ? null
            : new CheckView(
                a.getLastCheckAt().toString(),
                Boolean.TRUE.equals(a.getLastCheckOk()),
                a.getLastCheckCode(),
                a.getLastCheckText()));
  }
}
