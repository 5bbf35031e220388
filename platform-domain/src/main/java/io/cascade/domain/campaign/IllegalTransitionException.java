package io.cascade.domain.campaign;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.LocalizedText;

/**
 * A change the campaign's state does not allow (pausing a draft, resuming a completed campaign).
 * REST answers 409 with the state and the action; the screens say the same.
 */
public class IllegalTransitionException extends DomainException {

  private final CampaignState state;
  private final String action;

  public IllegalTransitionException(CampaignState state, String action) {
    super(
        LocalizedText.of(
            IllegalTransitionException.class,
            Campaign.BUNDLE,
            "transition.refused",
            LocalizedText.of(IllegalTransitionException.class, Campaign.BUNDLE, "action." + action),
            LocalizedText.of(
                IllegalTransitionException.class, Campaign.BUNDLE, "state." + state.name())));
    this.state = state;
    this.action = action;
  }

  public CampaignState state() {
    return state;
  }

  /** The refused action: "schedule", "pause", "resume", ... */
  public String action() {
    return action;
  }
}
