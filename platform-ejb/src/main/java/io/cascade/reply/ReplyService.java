package io.cascade.reply;

import io.cascade.domain.reply.OptOutKeywords;
import io.cascade.domain.reply.Reply;
import io.cascade.domain.tenancy.TenantProfile;
import io.cascade.report.CsvCells;
import io.cascade.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The current tenant's replies (JPQL: the tenant filter applies), newest first, and its opt-out
 * keywords. Everyone who reads results reads replies; only a tenant admin changes the keywords.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER, Roles.ANALYST})
public class ReplyService {

  @PersistenceContext private EntityManager em;

  public List<Reply> page(ReplyFilter filter, int first, int size) {
    return query(filter, "select r", " order by r.at desc, r.id", Reply.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(ReplyFilter filter) {
    return query(filter, "select count(r)", "", Long.class).getSingleResult();
  }

  /** A campaign that has replies, for the inbox's filter. */
  public record AnsweredCampaign(java.util.UUID id, String name) {}

  /** The campaigns that have replies, by name. */
  public List<AnsweredCampaign> answeredCampaigns() {
    return em.createQuery(
            "select distinct new io.cascade.reply.ReplyService$AnsweredCampaign(r.campaignId,"
                + " r.campaignName) from Reply r where r.campaignId is not null"
                + " order by r.campaignName",
            AnsweredCampaign.class)
        .getResultList();
  }

  /** Every reply the filter shows, as CSV, streamed; cells that could be formulas neutralised. */
  public void writeCsv(ReplyFilter filter, Writer out) throws IOException {
    CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "time",
                    "phone",
                    "text",
                    "channel",
                    "campaign",
                    "message_id",
                    "opt_out",
                    "media_url",
                    "location")
                .get());
    try (var rows =
        query(filter, "select r", " order by r.at desc, r.id", Reply.class).getResultStream()) {
      for (Reply r : (Iterable<Reply>) rows::iterator) {
        csv.printRecord(
            r.getAt(),
            r.getPhone(),
            CsvCells.neutralised(r.getText()),
            r.getChannel(),
            CsvCells.neutralised(r.getCampaignName()),
            r.getMessageId(),
            r.isOptOut(),
            CsvCells.neutralised(r.getMediaUrl()),
            CsvCells.neutralised(r.getLocation()));
      }
    }
    csv.flush();
  }

  /** The tenant's opt-out keywords (the defaults until a tenant admin sets its own). */
  public OptOutKeywords keywords() {
    return profile() == null ? OptOutKeywords.defaults() : profile().getOptOutKeywords();
  }

  @RolesAllowed(Roles.TENANT_ADMIN)
  public OptOutKeywords changeKeywords(String text) {
    OptOutKeywords keywords = OptOutKeywords.parse(text);
    TenantProfile profile = profile();
    if (profile != null) {
      profile.changeOptOutKeywords(keywords);
    }
    return keywords;
  }

  private TenantProfile profile() {
    return em.createQuery("select p from TenantProfile p", TenantProfile.class)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private <T> TypedQuery<T> query(ReplyFilter f, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Reply r where 1 = 1");
    if (f.campaignId() != null) {
      jpql.append(" and r.campaignId = :campaign");
    }
    if (f.phoneDigits() != null) {
      jpql.append(" and r.phone like :phone");
    }
    if (f.from() != null) {
      jpql.append(" and r.at >= :from");
    }
    if (f.to() != null) {
      jpql.append(" and r.at < :to");
    }
    TypedQuery<T> q = em.createQuery(jpql + order, type);
    if (f.campaignId() != null) {
      q.setParameter("campaign", f.campaignId());
    }
    if (f.phoneDigits() != null) {
      q.setParameter("phone", "%" + f.phoneDigits() + "%");
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    return q;
  }
}
