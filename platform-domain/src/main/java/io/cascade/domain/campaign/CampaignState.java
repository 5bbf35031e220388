package io.cascade.domain.campaign;

/**
 * Where a campaign is in its life. DRAFT -> (AWAITING_APPROVAL ->) SCHEDULED -> RUNNING ->
 * COMPLETED, with PAUSED (by a person or by a provider that keeps failing), CANCELLED and FAILED.
 */
public enum CampaignState {
  DRAFT,
  AWAITING_APPROVAL,
  SCHEDULED,
  RUNNING,
  PAUSED,
  COMPLETED,
  CANCELLED,
  FAILED;

  /** No message of a campaign in this state is sent, nor will be. */
  public boolean isFinished() {
    return this == COMPLETED || this == CANCELLED || this == FAILED;
  }

  /** Its design (template, lists, account, times) may still change. */
  public boolean isEditable() {
    return this == DRAFT || this == SCHEDULED;
  }
}
