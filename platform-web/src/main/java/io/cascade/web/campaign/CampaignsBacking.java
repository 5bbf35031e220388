package io.cascade.web.campaign;

import io.cascade.campaign.CampaignFilter;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * campaigns/index.xhtml: the tenant's campaigns, newest first, a page at a time from the database,
 * filtered by status and a part of the name, each with its progress from the kept counters (one
 * query per page). Copy a campaign, delete a draft; refusals reach the page through the Faces
 * exception handler.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

  /** One line of the list. */
  public record Row(
      UUID id,
      String name,
      CampaignState state,
      String reason,
      Instant startAt,
      ZoneId zone,
      Long recipients,
      boolean deletable,
      CampaignProgress progress)
      implements Serializable {

    static Row of(Campaign c, CampaignProgress progress) {
      return new Row(
          c.getId(),
          c.getName(),
          c.getState(),
          c.shownReason(),
          c.getStartAt(),
          c.getTimeZone(),
          c.getStartedAt() == null ? null : c.getRecipients(),
          c.isDeletable(),
          progress);
    }

    /** Why it is paused or failed, shown under its status. */
    public boolean showsReason() {
      return reason != null;
    }
  }

  @EJB private CampaignService campaigns;
  @Inject private Messages messages;

  /** The chosen status (a select's value is text); null or blank for any. */
  private String state;

  private String search;
  private final Page page = new Page();

  /** The campaigns the filter shows, with their progress. */
  public class Page extends LazyDataModel<Row> {

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) campaigns.count(filter());
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<Campaign> shown = campaigns.page(filter(), first, pageSize);
      Map<UUID, CampaignProgress> progress =
          campaigns.progressOf(shown.stream().map(Campaign::getId).toList());
      return shown.stream().map(c -> Row.of(c, progress.get(c.getId()))).toList();
    }

    @Override
    public String getRowKey(Row row) {
      return row.id().toString();
    }
  }

  CampaignFilter filter() {
    return new CampaignFilter(
        state == null || state.isBlank() ? null : CampaignState.valueOf(state), search);
  }

  /** A new draft with the campaign's design, named "... (copy)"; the list shows it first. */
  public void copy(Row row) {
    Campaign copy = campaigns.copy(row.id());
    messages.info("campaign.copied", copy.getName());
  }

  /** Deletes a draft; any other campaign is refused with why. */
  public void delete(Row row) {
    campaigns.delete(row.id());
    messages.info("campaign.deleted", row.name());
  }

  public List<CampaignState> getStates() {
    return List.of(CampaignState.values());
  }

  public Page getPage() {
    return page;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
