package io.cascade.web.reply;

import io.cascade.domain.reply.Reply;
import io.cascade.reply.ReplyFilter;
import io.cascade.reply.ReplyService;
import io.cascade.web.shell.CsvDownload;
import io.cascade.web.shell.TenantTime;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * replies/index.xhtml: the tenant's replies, newest first, a page at a time from the database,
 * filtered by campaign, number and days (in the tenant's zone); the same as CSV.
 */
@Named
@ViewScoped
public class RepliesBacking implements Serializable {

  @EJB private ReplyService replies;
  @Inject private TenantTime tenantTime;

  /** The chosen campaign's id (a select's value is text); null for any. */
  private String campaignId;

  private String phone;
  private LocalDate from;
  private LocalDate to;
  private final Page page = new Page();

  /** The replies the filter shows. */
  public class Page extends LazyDataModel<Reply> {

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) replies.count(filter());
    }

    @Override
    public List<Reply> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return replies.page(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(Reply reply) {
      return reply.getId().toString();
    }
  }

  ReplyFilter filter() {
    ZoneId zone = tenantTime.zone();
    return new ReplyFilter(
        campaignId == null || campaignId.isBlank() ? null : UUID.fromString(campaignId),
        phone,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public StreamedContent getCsv() {
    ReplyFilter filter = filter();
    return CsvDownload.of("replies.csv", out -> replies.writeCsv(filter, out));
  }

  public List<ReplyService.AnsweredCampaign> getCampaigns() {
    return replies.answeredCampaigns();
  }

  public Page getPage() {
    return page;
  }

  public String getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(String campaignId) {
    this.campaignId = campaignId;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
