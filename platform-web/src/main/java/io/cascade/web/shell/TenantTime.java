package io.cascade.web.shell;

import io.cascade.tenancy.TenantProfileService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the tenant's staff read them: in the tenant's time zone (its profile), to the second,
 * with the zone, in the viewer's language ({@code #{tenantTime.format(account.lastCheckAt)}}).
 */
@Named
@RequestScoped
public class TenantTime {

  @EJB private TenantProfileService profiles;

  private DateTimeFormatter formatter;
  private DateTimeFormatter minutes;

  /** "2 груд. 2026 р., 01:02:33 EET"; empty for no time. */
  public String format(Instant at) {
    return at == null ? "" : formatter().format(at);
  }

  /**
   * A time in a zone of its own, named by its id (a campaign's start in the zone it was given in):
   * "24 Dec 2026, 10:00 (Europe/Kyiv)"; empty for no time.
   */
  public String formatIn(Instant at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    if (minutes == null) {
      minutes =
          DateTimeFormatter.ofPattern(
              "d MMM yyyy, HH:mm (VV)",
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return minutes.withZone(zone).format(at);
  }

  /** The tenant's time zone, in which its staff read and give days. */
  public ZoneId zone() {
    return profiles.current().getTimeZone();
  }

  private DateTimeFormatter formatter() {
    if (formatter == null) {
      ZoneId zone = zone();
      formatter =
          DateTimeFormatter.ofPattern(
                  "d MMM yyyy, HH:mm:ss z",
                  FacesContext.getCurrentInstance().getViewRoot().getLocale())
              .withZone(zone);
    }
    return formatter;
  }
}
