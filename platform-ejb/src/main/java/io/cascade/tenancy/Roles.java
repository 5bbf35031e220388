package io.cascade.tenancy;

/** The roles of the platform, as Keycloak client roles of the web client. */
public final class Roles {

  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String CAMPAIGN_MANAGER = "campaign-manager";
  public static final String ANALYST = "analyst";
  public static final String PLATFORM_OPERATOR = "platform-operator";

  private Roles() {}
}
