package io.cascade.campaign;

import io.cascade.domain.campaign.CampaignState;
import java.util.Locale;

/**
 * Which campaigns the list shows: every field optional.
 *
 * @param state only campaigns in this state; null for any
 * @param name a part of the name, in any case; null or blank for any
 */
public record CampaignFilter(CampaignState state, String name) {

  public static CampaignFilter all() {
    return new CampaignFilter(null, null);
  }

  /** The name search as a LIKE pattern (lower case, its wildcards escaped); null for none. */
  String namePattern() {
    if (name == null || name.isBlank()) {
      return null;
    }
    String text = name.strip().toLowerCase(Locale.ROOT);
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
