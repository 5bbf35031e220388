package io.cascade.web.profile;

import io.cascade.domain.tenancy.InvalidProfileException;
import io.cascade.domain.tenancy.TenantProfile;
import io.cascade.tenancy.TenantProfileService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.ZoneId;

/** GET/PUT /api/profile: the caller's own tenant profile; there is no way to name another. */
@Path("/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

  /** The profile as the API shows it. */
  public record ProfileView(
      String tenant, String displayName, String timeZone, String phoneRegion) {

    static ProfileView of(TenantProfile profile) {
      return new ProfileView(
          profile.getTenantId(),
          profile.getDisplayName(),
          profile.getTimeZone().getId(),
          profile.getPhoneRegion());
    }
  }

  /** The fields a tenant admin may change. */
  public record ProfileChange(String displayName, String timeZone, String phoneRegion) {}

  @EJB private TenantProfileService profiles;

  @GET
  public ProfileView get() {
    return ProfileView.of(profiles.current());
  }

  @PUT
  public ProfileView change(ProfileChange change) {
    ZoneId zone;
    try {
      zone = ZoneId.of(change.timeZone());
    } catch (DateTimeException | NullPointerException e) {
      throw InvalidProfileException.of("timeZone", "timeZone.format");
    }
    return ProfileView.of(profiles.change(change.displayName(), zone, change.phoneRegion()));
  }
}
