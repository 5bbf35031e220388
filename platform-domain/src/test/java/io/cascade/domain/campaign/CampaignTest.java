package io.cascade.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

  private static CampaignDesign design(Instant startAt) {
    return new CampaignDesign(
        "Winter sale",
        UUID.randomUUID(),
        List.of(UUID.randomUUID()),
        UUID.randomUUID(),
        startAt,
        "Europe/Kyiv",
        null,
        null,
        null,
        null,
        null);
  }

  /** A campaign brought to the state by the named methods. */
  private static Campaign in(CampaignState state) {
    Campaign c = new Campaign(design(NOW), NOW);
    switch (state) {
      case DRAFT -> {}
      case AWAITING_APPROVAL -> c.submitForApproval();
      case SCHEDULED -> c.schedule();
      case RUNNING -> {
        c.schedule();
        c.start(NOW, 10, 1);
      }
      case PAUSED -> {
        c.schedule();
        c.start(NOW, 10, 1);
        c.pause("Hyber answers 503");
      }
      case COMPLETED -> {
        c.schedule();
        c.start(NOW, 10, 1);
        c.complete(NOW);
      }
      case CANCELLED -> c.cancel(NOW);
      case FAILED -> {
        c.schedule();
        c.fail("No such template", NOW);
      }
    }
    assertThat(c.getState()).isEqualTo(state);
    return c;
  }

  private static final Map<String, Consumer<Campaign>> ACTIONS = actions();

  private static Map<String, Consumer<Campaign>> actions() {
    Map<String, Consumer<Campaign>> actions = new LinkedHashMap<>();
    actions.put("edit", c -> c.change(design(NOW)));
    actions.put("schedule", Campaign::schedule);
    actions.put("submit", Campaign::submitForApproval);
    actions.put("approve", Campaign::approve);
    actions.put("start", c -> c.start(NOW, 1, 0));
    actions.put("pause", c -> c.pause("why"));
    actions.put("resume", Campaign::resume);
    actions.put("complete", c -> c.complete(NOW));
    actions.put("resendUnknown", Campaign::resendUnknown);
    actions.put("cancel", c -> c.cancel(NOW));
    actions.put("delete", Campaign::requireDeletable);
    return actions;
  }

  /** Which state each action is allowed from, and where it leads. */
  private static final Map<String, Map<CampaignState, CampaignState>> ALLOWED =
      Map.ofEntries(
          Map.entry(
              "edit",
              Map.of(
                  CampaignState.DRAFT,
                  CampaignState.DRAFT,
                  CampaignState.SCHEDULED,
                  CampaignState.SCHEDULED)),
          Map.entry("schedule", Map.of(CampaignState.DRAFT, CampaignState.SCHEDULED)),
          Map.entry("submit", Map.of(CampaignState.DRAFT, CampaignState.AWAITING_APPROVAL)),
          Map.entry("approve", Map.of(CampaignState.AWAITING_APPROVAL, CampaignState.SCHEDULED)),
          Map.entry("start", Map.of(CampaignState.SCHEDULED, CampaignState.RUNNING)),
          Map.entry("pause", Map.of(CampaignState.RUNNING, CampaignState.PAUSED)),
          Map.entry("resume", Map.of(CampaignState.PAUSED, CampaignState.RUNNING)),
          Map.entry("complete", Map.of(CampaignState.RUNNING, CampaignState.COMPLETED)),
          Map.entry(
              "resendUnknown",
              Map.of(
                  CampaignState.COMPLETED,
                  CampaignState.RUNNING,
                  CampaignState.PAUSED,
                  CampaignState.RUNNING)),
          Map.entry("cancel", cancellable()),
          // deleting is no transition: only a draft may be, and it stays a draft until it is gone
          Map.entry("delete", Map.of(CampaignState.DRAFT, CampaignState.DRAFT)));

  private static Map<CampaignState, CampaignState> cancellable() {
    Map<CampaignState, CampaignState> m = new EnumMap<>(CampaignState.class);
    for (CampaignState s : CampaignState.values()) {
      if (!s.isFinished()) {
        m.put(s, CampaignState.CANCELLED);
      }
    }
    return m;
  }

  @Test
  void everyActionIsAllowedFromItsStatesAndRefusedWithATypedExceptionFromAllOthers() {
    int refused = 0;
    for (var action : ACTIONS.entrySet()) {
      for (CampaignState from : CampaignState.values()) {
        Campaign c = in(from);
        CampaignState to = ALLOWED.get(action.getKey()).get(from);
        if (to != null) {
          action.getValue().accept(c);
          assertThat(c.getState()).as("%s from %s", action.getKey(), from).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> action.getValue().accept(c))
              .as("%s from %s", action.getKey(), from)
              .isInstanceOfSatisfying(
                  IllegalTransitionException.class,
                  e -> {
                    assertThat(e.state()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action.getKey());
                  });
          assertThat(c.getState())
              .as("unchanged after a refused %s", action.getKey())
              .isEqualTo(from);
          refused++;
        }
      }
    }
    assertThat(refused).isEqualTo(ACTIONS.size() * CampaignState.values().length - allowedCount());
  }

  private static int allowedCount() {
    return ALLOWED.values().stream().mapToInt(Map::size).sum();
  }

  @Test
  void aRefusedTransitionSaysWhatAndWhyInEnglishAndUkrainian() {
    IllegalTransitionException e =
        (IllegalTransitionException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> in(CampaignState.COMPLETED).pause("x"));
    assertThat(e.getMessage()).isEqualTo("A campaign that is completed cannot be paused.");
    assertThat(e.getMessage(Locale.forLanguageTag("uk")))
        .isEqualTo("Кампанію, яка завершена, не можна призупинити.");
  }

  @Test
  void startKeepsTheCountsAndPauseKeepsItsReasonUntilResumed() {
    Campaign c = in(CampaignState.SCHEDULED);
    c.start(NOW, 49_990, 10);
    assertThat(c.getRecipients()).isEqualTo(49_990);
    assertThat(c.getSuppressed()).isEqualTo(10);
    assertThat(c.getStartedAt()).isEqualTo(NOW);
    c.pause("DecisionTelecom refused the credentials (401)");
    assertThat(c.getReason()).contains("401");
    c.resume();
    assertThat(c.getReason()).isNull();
  }

  @Test
  void schedulingNeedsAStartTime() {
    Campaign c = new Campaign(design(null), NOW);
    assertThatThrownBy(c::schedule)
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("startAt"));
    assertThat(c.getState()).isEqualTo(CampaignState.DRAFT);
  }

  @Test
  void aDesignIsRefusedWithEveryProblemAtOnce() {
    CampaignDesign bad =
        new CampaignDesign(
            " ", null, List.of(), null, NOW, "Mars/Olympus", LocalTime.of(9, 0), null, 0, 0, null);
    InvalidFieldException e =
        (InvalidFieldException)
            org.assertj.core.api.Assertions.catchThrowable(() -> new Campaign(bad, NOW));
    Set<String> fields = new java.util.HashSet<>();
    for (FieldProblem p : e.problems()) {
      fields.add(p.field());
    }
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "name",
            "templateId",
            "accountId",
            "listIds",
            "timeZone",
            "windowEnd",
            "throttlePerSecond",
            "viberTtlSeconds");
  }

  @Test
  void aPhoneInTwoListsIsOneListTwiceRefusedAsOne() {
    UUID list = UUID.randomUUID();
    Campaign c =
        new Campaign(
            new CampaignDesign(
                "x",
                UUID.randomUUID(),
                List.of(list, list),
                UUID.randomUUID(),
                NOW,
                null,
                null,
                null,
                null,
                null,
                null),
            NOW);
    assertThat(c.getListIds()).containsExactly(list);
    assertThat(c.getTimeZone().getId()).isEqualTo("UTC");
  }

  @Test
  void theReasonIsShownWhilePausedOrFailedAndOnlyADraftMayBeDeleted() {
    Campaign c = in(CampaignState.RUNNING);
    c.pause("Hyber answered 401");
    assertThat(c.shownReason()).isEqualTo("Hyber answered 401");
    assertThat(c.isDeletable()).isFalse();

    c.resume();
    assertThat(c.shownReason()).as("resumed").isNull();
    assertThat(in(CampaignState.DRAFT).isDeletable()).isTrue();
  }

  @Test
  void aCopyHasTheSameDesignNamedAsACopyAndNoStartTime() {
    Campaign original = in(CampaignState.COMPLETED);

    CampaignDesign copy = original.designForCopy();

    assertThat(copy.name()).isEqualTo("Winter sale (copy)");
    assertThat(copy.startAt()).isNull();
    assertThat(copy.templateId()).isEqualTo(original.getTemplateId());
    assertThat(copy.listIds()).isEqualTo(original.getListIds());
    assertThat(copy.accountId()).isEqualTo(original.getAccountId());
    assertThat(copy.timeZone()).isEqualTo("Europe/Kyiv");
    assertThat(new Campaign(copy, NOW).getState()).isEqualTo(CampaignState.DRAFT);
  }

  @Test
  void theCopyOfALongNameIsCutToFitWithItsSuffix() {
    CampaignDesign d = design(NOW);
    String longest = "x".repeat(Campaign.NAME_MAX_LENGTH);
    Campaign original =
        new Campaign(
            new CampaignDesign(
                longest,
                d.templateId(),
                d.listIds(),
                d.accountId(),
                NOW,
                d.timeZone(),
                null,
                null,
                null,
                null,
                null),
            NOW);

    String name = original.designForCopy().name();

    assertThat(name).hasSize(Campaign.NAME_MAX_LENGTH).endsWith("x (copy)");
  }

  @Test
  void finishedStatesAreTheThreeEnds() {
    assertThat(EnumSet.allOf(CampaignState.class).stream().filter(CampaignState::isFinished))
        .containsExactlyInAnyOrder(
            CampaignState.COMPLETED, CampaignState.CANCELLED, CampaignState.FAILED);
  }
}
