package io.cascade.domain.campaign;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a person gives of a campaign: the values of its form or of the REST body.
 *
 * @param templateId the template version it sends (locked when the campaign is scheduled)
 * @param listIds the contact lists, in order: a phone in several gets one message, with the
 *     variables of the first list that has it
 * @param startAt when it starts; null while a draft has none (scheduling needs one)
 * @param timeZone the zone the start time was given in (the tenant's by default), for showing it
 * @param windowStart with {@code windowEnd}: the hours each recipient may get messages in, in the
 *     recipient's own local time; both null for any time
 * @param throttlePerSecond most messages a second, or null for as fast as the provider takes them
 * @param viberTtlSeconds overrides the template's Viber TTL, or null
 * @param smsTtlSeconds overrides the template's SMS TTL, or null
 */
public record CampaignDesign(
    String name,
    UUID templateId,
    List<UUID> listIds,
    UUID accountId,
    Instant startAt,
    String timeZone,
    LocalTime windowStart,
    LocalTime windowEnd,
    Integer throttlePerSecond,
    Integer viberTtlSeconds,
    Integer smsTtlSeconds) {

  public CampaignDesign {
    listIds = listIds == null ? List.of() : List.copyOf(listIds);
  }

  /** The same design under another name and without a start time (a copy goes when chosen). */
  public CampaignDesign copyNamed(String copyName) {
    return new CampaignDesign(
        copyName,
        templateId,
        listIds,
        accountId,
        null,
        timeZone,
        windowStart,
        windowEnd,
        throttlePerSecond,
        viberTtlSeconds,
        smsTtlSeconds);
  }
}
