package io.cascade.web.campaign;

import io.cascade.campaign.CampaignCounts;
import io.cascade.campaign.CampaignDetails;
import io.cascade.campaign.CampaignNotFoundException;
import io.cascade.campaign.CampaignProgress;
import io.cascade.campaign.CampaignService;
import io.cascade.domain.campaign.Campaign;
import io.cascade.domain.campaign.CampaignState;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * campaigns/view.xhtml: one campaign, where it stands and how fast it goes. While it is scheduled
 * or running the page polls every {@value #POLL_SECONDS} s and reads the campaign and its kept
 * counters only (the messages waiting for their send window are a count over the pending messages:
 * read at load, after an action, and every {@value #WINDOW_EVERY_POLLS} polls); the rate is worked
 * out here from two readings. Pause, resume, cancel and resend the unknown call the service;
 * refusals reach the page through the Faces exception handler.
 */
@Named
@ViewScoped
public class CampaignViewBacking implements Serializable {

  static final int POLL_SECONDS = 2;
  static final int WINDOW_EVERY_POLLS = 15;

  /** Readings closer together than this give no rate (an action followed at once by a poll). */
  private static final Duration RATE_AT_LEAST_OVER = Duration.ofSeconds(1);

  @EJB private CampaignService campaigns;
  @Inject private Messages messages;

  private String id;
  private UUID campaignId;
  private CampaignDetails details;
  private Campaign campaign;
  private CampaignProgress progress = CampaignProgress.NONE;
  private long waitingForWindow;
  private Instant windowOpensAt;
  private int polls;

  /** The reading the rate is measured from. */
  private Instant ratedAt;

  private long ratedProcessed;

  /** Messages dispatch was done with per second, between the last two readings; null before. */
  private Double rate;

  private Instant estimatedFinish;

  /** Loads the campaign of the URL's id; another tenant's is as absent as a missing one. */
  public void load() {
    try {
      campaignId = UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CampaignNotFoundException(id);
    }
    details = campaigns.details(campaignId);
    campaign = details.campaign();
    readCounts();
  }

  /** Polled while the campaign is scheduled or running; stops the poll once it is not. */
  public void refresh() {
    campaign = campaigns.get(campaignId);
    polls++;
    if (campaign.hasWindow() && polls % WINDOW_EVERY_POLLS == 0) {
      readCounts();
    } else {
      read(campaigns.progressOf(List.of(campaignId)).get(campaignId));
    }
    if (!isLive()) {
      PrimeFaces.current().executeScript("PF('campaignPoll').stop()");
    }
  }

  public void pause() {
    show(campaigns.pause(campaignId));
    messages.info("campaign.paused");
  }

  public void resume() {
    show(campaigns.resume(campaignId));
    messages.info("campaign.resumed");
  }

  public void cancel() {
    show(campaigns.cancel(campaignId));
    messages.info("campaign.cancelledNow");
  }

  public void resendUnknown() {
    long unknown = progress.unknown();
    show(campaigns.resendUnknown(campaignId));
    messages.info("campaign.resent", unknown);
  }

  /** The campaign as an action left it; the poll runs while it is live. */
  private void show(Campaign changed) {
    campaign = changed;
    readCounts();
    PrimeFaces.current()
        .executeScript(isLive() ? "PF('campaignPoll').start()" : "PF('campaignPoll').stop()");
  }

  private void readCounts() {
    CampaignCounts counts = campaigns.counts(campaignId);
    waitingForWindow = counts.waitingForWindow();
    windowOpensAt = counts.windowOpensAt();
    read(counts.progress());
  }

  private void read(CampaignProgress now) {
    progress = now;
    Instant at = Instant.now();
    if (ratedAt == null) {
      ratedAt = at;
      ratedProcessed = now.processed();
    } else if (Duration.between(ratedAt, at).compareTo(RATE_AT_LEAST_OVER) >= 0) {
      double seconds = Duration.between(ratedAt, at).toMillis() / 1000.0;
      rate = Math.max(0, (now.processed() - ratedProcessed) / seconds);
      ratedAt = at;
      ratedProcessed = now.processed();
    }
    boolean estimable =
        campaign.getState() == CampaignState.RUNNING
            && rate != null
            && rate > 0
            && now.pending() > 0
            && waitingForWindow == 0;
    estimatedFinish = estimable ? at.plusMillis(Math.round(now.pending() / rate * 1000)) : null;
  }

  /** Scheduled or running: what it shows changes by itself. */
  public boolean isLive() {
    return campaign.getState() == CampaignState.SCHEDULED
        || campaign.getState() == CampaignState.RUNNING;
  }

  public boolean isPausable() {
    return campaign.getState() == CampaignState.RUNNING;
  }

  public boolean isResumable() {
    return campaign.getState() == CampaignState.PAUSED;
  }

  /** A draft is deleted from the list rather than cancelled; a finished one stays as it ended. */
  public boolean isCancellable() {
    return campaign.getState() != CampaignState.DRAFT && !campaign.getState().isFinished();
  }

  public boolean isResendable() {
    return (campaign.getState() == CampaignState.COMPLETED
            || campaign.getState() == CampaignState.PAUSED)
        && progress.unknown() > 0;
  }

  /** See {@link Campaign#shownReason()}. */
  public boolean isReasonShown() {
    return campaign.shownReason() != null;
  }

  public int getPollSeconds() {
    return POLL_SECONDS;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public CampaignDetails getDetails() {
    return details;
  }

  public CampaignProgress getProgress() {
    return progress;
  }

  public long getWaitingForWindow() {
    return waitingForWindow;
  }

  /** When the next waiting recipient's window opens; null when none waits. */
  public Instant getWindowOpensAt() {
    return windowOpensAt;
  }

  public Double getRate() {
    return rate;
  }

  /** When the rest would be sent at the last rate; null when that cannot be told. */
  public Instant getEstimatedFinish() {
    return estimatedFinish;
  }
}
