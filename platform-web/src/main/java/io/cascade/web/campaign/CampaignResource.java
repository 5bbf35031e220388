package io.cascade.web.campaign;

import io.cascade.campaign.CampaignCounts;
import io.cascade.campaign.CampaignNotFoundException;
import io.cascade.campaign.CampaignService;
import io.cascade.campaign.TestSendResult;
import io.cascade.domain.campaign.Campaign;
import io.cascade.domain.campaign.CampaignDesign;
import io.cascade.domain.message.MessageState;
import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.tenancy.TenantProfileService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /api/campaigns: create, read, change while not running, schedule, pause, resume, cancel, resend
 * the unknown, counts and a test send. Times are ISO-8601: {@code startAt} with an offset, or a
 * local date-time read in {@code timeZone} (the tenant's zone when none is given).
 */
@Path("/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

  @EJB private CampaignService campaigns;
  @EJB private TenantProfileService profiles;

  /** The send window, in each recipient's local time ("09:00" to "21:00"). */
  public record Window(String start, String end) {}

  /** What POST and PUT take. */
  public record CampaignInput(
      String name,
      UUID templateId,
      List<UUID> listIds,
      UUID accountId,
      String startAt,
      String timeZone,
      Window window,
      Integer throttlePerSecond,
      Integer viberTtlSeconds,
      Integer smsTtlSeconds) {}

  /** A campaign as the API shows it. */
  public record CampaignView(
      UUID id,
      String name,
      String state,
      String reason,
      UUID templateId,
      List<UUID> listIds,
      UUID accountId,
      String startAt,
      String timeZone,
      Window window,
      Integer throttlePerSecond,
      Integer viberTtlSeconds,
      Integer smsTtlSeconds,
      long recipients,
      long suppressed,
      String createdAt,
      String startedAt,
      String finishedAt) {

    static CampaignView of(Campaign c) {
      return new CampaignView(
          c.getId(),
          c.getName(),
          c.getState().name(),
          c.getReason(),
          c.getTemplateId(),
          c.getListIds(),
          c.getAccountId(),
          text(c.getStartAt()),
          c.getTimeZone().getId(),
          c.hasWindow()
              ? new Window(c.getWindowStart().toString(), c.getWindowEnd().toString())
              : null,
          c.getThrottlePerSecond().orElse(null),
          c.getViberTtlSeconds().orElse(null),
          c.getSmsTtlSeconds().orElse(null),
          c.getRecipients(),
          c.getSuppressed(),
          text(c.getCreatedAt()),
          text(c.getStartedAt()),
          text(c.getFinishedAt()));
    }
  }

  /**
   * Counts, from the kept counters: messages per state, the suppressed, who waits for the window
   * and until when, each hop's statuses, and the messages seen, clicked and replied to.
   */
  public record CountsView(
      String state,
      Map<String, Long> messages,
      long suppressed,
      long waitingForWindow,
      String windowOpensAt,
      Map<String, Map<String, Long>> hops,
      Map<String, Long> reactions) {

    static CountsView of(Campaign c, CampaignCounts counts) {
      Map<String, Long> messages = new LinkedHashMap<>();
      for (MessageState s : MessageState.values()) {
        messages.put(s.name(), counts.of(s));
      }
      return new CountsView(
          c.getState().name(),
          messages,
          counts.suppressed(),
          counts.waitingForWindow(),
          text(counts.windowOpensAt()),
          counts.hops(),
          counts.reactions());
    }
  }

  /** What a test send takes. */
  public record TestSendInput(String phone) {}

  @GET
  public List<CampaignView> list() {
    return campaigns.list().stream().map(CampaignView::of).toList();
  }

  @POST
  public Response create(CampaignInput input) {
    Campaign created = campaigns.create(design(input));
    return Response.created(URI.create("campaigns/" + created.getId()))
        .entity(CampaignView.of(created))
        .build();
  }

  @GET
  @Path("/{id}")
  public CampaignView get(@PathParam("id") String id) {
    return CampaignView.of(campaigns.get(uuid(id)));
  }

  @PUT
  @Path("/{id}")
  public CampaignView update(@PathParam("id") String id, CampaignInput input) {
    return CampaignView.of(campaigns.update(uuid(id), design(input)));
  }

  @POST
  @Path("/{id}/schedule")
  public CampaignView schedule(@PathParam("id") String id) {
    return CampaignView.of(campaigns.schedule(uuid(id)));
  }

  @POST
  @Path("/{id}/pause")
  public CampaignView pause(@PathParam("id") String id) {
    return CampaignView.of(campaigns.pause(uuid(id)));
  }

  @POST
  @Path("/{id}/resume")
  public CampaignView resume(@PathParam("id") String id) {
    return CampaignView.of(campaigns.resume(uuid(id)));
  }

  @POST
  @Path("/{id}/cancel")
  public CampaignView cancel(@PathParam("id") String id) {
    return CampaignView.of(campaigns.cancel(uuid(id)));
  }

  @POST
  @Path("/{id}/resend-unknown")
  public CampaignView resendUnknown(@PathParam("id") String id) {
    return CampaignView.of(campaigns.resendUnknown(uuid(id)));
  }

  @GET
  @Path("/{id}/counts")
  public CountsView counts(@PathParam("id") String id) {
    UUID campaignId = uuid(id);
    CampaignCounts counts = campaigns.counts(campaignId);
    return CountsView.of(campaigns.get(campaignId), counts);
  }

  @POST
  @Path("/{id}/test-send")
  public TestSendResult testSend(@PathParam("id") String id, TestSendInput input) {
    return campaigns.testSend(uuid(id), input == null ? null : input.phone());
  }

  private CampaignDesign design(CampaignInput input) {
    if (input == null) {
      throw new InvalidFieldException("body", "Send the campaign as a JSON object.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String zoneText =
        input.timeZone() == null || input.timeZone().isBlank()
            ? profiles.current().getTimeZone().getId()
            : input.timeZone().strip();
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      zone = ZoneId.of("UTC");
      problems.add(new FieldProblem("timeZone", Campaign.text("timeZone.unknown", zoneText)));
    }
    Instant startAt = startAt(input.startAt(), zone, problems);
    LocalTime windowStart = input.window() == null ? null : time(input.window().start(), problems);
    LocalTime windowEnd = input.window() == null ? null : time(input.window().end(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    return new CampaignDesign(
        input.name(),
        input.templateId(),
        input.listIds(),
        input.accountId(),
        startAt,
        zone.getId(),
        windowStart,
        windowEnd,
        input.throttlePerSecond(),
        input.viberTtlSeconds(),
        input.smsTtlSeconds());
  }

  private static Instant startAt(String text, ZoneId zone, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeException offsetless) {
      try {
        return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        problems.add(
            new FieldProblem(
                "startAt",
                null,
                "startAt must be an ISO-8601 date-time such as 2026-12-24T10:00 or"
                    + " 2026-12-24T10:00+02:00, was "
                    + text));
        return null;
      }
    }
  }

  private static LocalTime time(String text, List<FieldProblem> problems) {
    try {
      return text == null ? null : LocalTime.parse(text.strip());
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem(
              "window", null, "A window time must be HH:mm, such as 09:00, was " + text));
      return null;
    }
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new CampaignNotFoundException(id);
    }
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
