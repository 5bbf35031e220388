package io.cascade.campaign;

import io.cascade.domain.campaign.Campaign;

/**
 * A campaign with the names of what it sends and through what, for its page. A name is null when
 * what it named is gone (a draft's template or account deleted since).
 *
 * @param templateRevision the version of the template it sends; 0 when the template is gone
 * @param provider the provider's display name, or null
 */
public record CampaignDetails(
    Campaign campaign,
    String templateName,
    int templateRevision,
    String accountName,
    String provider) {}
