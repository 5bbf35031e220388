package io.cascade.campaign;

import io.cascade.domain.shared.NotFoundException;

/** No campaign with this id in the caller's tenant (another tenant's is never found). */
public class CampaignNotFoundException extends NotFoundException {

  /**
   * @param id the id as it was given, which may be no id at all
   */
  public CampaignNotFoundException(Object id) {
    super("There is no campaign " + id + ".");
  }
}
