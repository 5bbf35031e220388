package io.cascade.web.profile;

import io.cascade.domain.reply.OptOutKeywords;
import io.cascade.domain.tenancy.TenantProfile;
import io.cascade.reply.ReplyService;
import io.cascade.tenancy.TenantProfileService;
import io.cascade.web.shell.Messages;
import io.cascade.web.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/** tenant/profile.xhtml: the tenant admin edits the tenant's profile. */
@Named
@ViewScoped
public class ProfileEditBacking implements Serializable {

  private static final List<String> TIME_ZONES =
      ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList();

  @EJB private TenantProfileService profiles;
  @EJB private ReplyService replies;
  @Inject private Messages messages;
  @Inject private CurrentTenant currentTenant;

  private String displayName;
  private String timeZone;
  private String phoneRegion;
  private String optOutKeywords;

  public void load() {
    TenantProfile profile = profiles.current();
    displayName = profile.getDisplayName();
    timeZone = profile.getTimeZone().getId();
    phoneRegion = profile.getPhoneRegion();
    optOutKeywords = profile.getOptOutKeywords().text();
  }

  public void save() {
    OptOutKeywords.parse(optOutKeywords); // refused before anything is saved
    TenantProfile changed = profiles.change(displayName, ZoneId.of(timeZone), phoneRegion);
    optOutKeywords = replies.changeKeywords(optOutKeywords).text();
    currentTenant.renamed(changed.getDisplayName());
    messages.info("profile.saved");
  }

  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getOptOutKeywords() {
    return optOutKeywords;
  }

  public void setOptOutKeywords(String optOutKeywords) {
    this.optOutKeywords = optOutKeywords;
  }

  public String getPhoneRegion() {
    return phoneRegion;
  }

  public void setPhoneRegion(String phoneRegion) {
    this.phoneRegion = phoneRegion;
  }
}
