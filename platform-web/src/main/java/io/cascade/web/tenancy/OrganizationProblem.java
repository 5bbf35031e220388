package io.cascade.web.tenancy;

/** Why a signed-in caller has no tenant. The text is for REST callers; pages use the bundle. */
public enum OrganizationProblem {
  NO_ORGANIZATION("Your account belongs to no organization. Ask your administrator to add you."),
  OPERATOR_WITHOUT_TENANT(
      "You are a platform operator with no organization: tenant screens need a tenant account."),
  SEVERAL_ORGANIZATIONS(
      "Your account belongs to several organizations; the platform needs exactly one."),
  UNKNOWN_ORGANIZATION(
      "Your organization is not set up on this platform yet: its tenant admin has to log in"
          + " first.");

  final String text;

  OrganizationProblem(String text) {
    this.text = text;
  }

  /** Key of the message in the resource bundle. */
  public String getMessageKey() {
    return "access." + name();
  }
}
