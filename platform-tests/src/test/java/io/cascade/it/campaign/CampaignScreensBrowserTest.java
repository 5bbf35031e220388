package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The campaign screens in headless Chromium: the list finds a campaign, its page follows it by
 * itself from scheduled to completed with the figures the provider's reports made, and another
 * tenant sees none of it; a campaign is copied and the draft deleted, and an analyst only reads.
 */
class CampaignScreensBrowserTest {

  private static final int RECIPIENTS = 50;
  private static final String SMS =
      "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\"}";

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");
  private JsonNode outcomesBefore;

  @BeforeEach
  void everyMessageIsDeliveredSoon() {
    outcomesBefore = SimulatorTruth.control("GET", "/_control/outcomes", null);
    SimulatorTruth.control(
        "POST",
        "/_control/outcomes",
        "{\"delivered\":1,\"undelivered\":0,\"expired\":0,\"min_delay_ms\":0,\"max_delay_ms\":500}");
  }

  @AfterEach
  void outcomesAsBefore() {
    SimulatorTruth.control("POST", "/_control/outcomes", outcomesBefore.toString());
  }

  @Test
  void theListFindsACampaignWhosePageFollowsItToCompletedByItselfAndGlobexSeesNoneOfIt()
      throws Exception {
    StringBuilder csv = new StringBuilder("phone,name\n");
    for (String phone : Campaigns.phones(RECIPIENTS)) {
      csv.append(phone).append(",Olena\n");
    }
    String list = acme.list(csv.toString(), "name");
    String campaign =
        acme.draft(acme.template("HYBER", SMS), acme.account("HYBER"), List.of(list), "");
    // it starts an hour from now, so that its page is open before it starts
    acme.moveStart(campaign, Instant.now().plus(Duration.ofHours(1)));
    acme.schedule(campaign);
    String name = acme.campaign(campaign).get("name").asText();

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-manager");
      CampaignsPage campaigns = CampaignsPage.open(browser).search(name);
      assertThat(campaigns.names()).containsExactly(name);
      assertThat(campaigns.cell(name, "state")).isEqualTo("Scheduled");

      CampaignViewPage view = campaigns.openCampaign(name);
      assertThat(view.name()).isEqualTo(name);
      assertThat(view.state()).isEqualTo("Scheduled");
      assertThat(view.offers("cancel")).isTrue();

      acme.moveStart(campaign, Instant.now());
      view.awaitState("Completed", Duration.ofSeconds(60));

      assertThat(view.figure("recipients")).isEqualTo(RECIPIENTS);
      assertThat(view.figure("sent")).isEqualTo(RECIPIENTS);
      assertThat(view.figure("pending")).isZero();
      assertThat(view.figure("unknown")).isZero();
      assertThat(view.progress()).isEqualTo("100%");
      assertThat(view.offers("cancel")).as("a completed campaign").isFalse();
      // delivery reports still come in after the last send, when the page no longer polls
      assertThat(view.awaitFigureAfterReloads("delivered", RECIPIENTS, Duration.ofSeconds(60)))
          .isEqualTo(RECIPIENTS);
      assertThat(view.figure("failed")).isZero();
      browser.screenshot("campaign-view-completed");

      CampaignsPage again = CampaignsPage.open(browser).search(name);
      assertThat(again.cell(name, "state")).isEqualTo("Completed");
      assertThat(again.cell(name, "recipients")).isEqualTo(String.valueOf(RECIPIENTS));
      assertThat(again.cell(name, "sent")).isEqualTo(String.valueOf(RECIPIENTS));
      assertThat(again.cell(name, "delivered")).isEqualTo(String.valueOf(RECIPIENTS));
      browser.screenshot("campaign-list");
    }

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-manager");
      assertThat(CampaignsPage.open(browser).search(name).names()).isEmpty();
      assertThat(browser.pageText()).doesNotContain(name);

      browser.open(Platform.webUrl() + "campaigns/view.xhtml?id=" + campaign);
      assertThat(browser.await(By.id("error-not-found")).getText()).contains("Not found");
      assertThat(browser.pageText()).doesNotContain(name);
    }
  }

  @Test
  void aCampaignIsCopiedAsADraftWhichIsDeletedAndAnAnalystOnlyReads() throws Exception {
    String list = acme.list(Map.of(Campaigns.phones(1).get(0), "Ann"));
    String campaign =
        acme.draft(acme.template("HYBER", SMS), acme.account("HYBER"), List.of(list), "");
    acme.moveStart(campaign, Instant.now().plus(Duration.ofHours(1)));
    acme.schedule(campaign);
    String name = acme.campaign(campaign).get("name").asText();
    String copy = name + " (copy)";
    try {
      try (Browser browser = new Browser()) {
        ShellPage.logIn(browser, "acme-manager");
        CampaignsPage campaigns = CampaignsPage.open(browser).search(name);
        assertThat(campaigns.canDelete(name)).as("a scheduled campaign").isFalse();

        assertThat(campaigns.copy(name)).contains("created as a draft");
        assertThat(campaigns.names()).containsExactly(copy, name);
        assertThat(campaigns.cell(copy, "state")).isEqualTo("Draft");
        assertThat(campaigns.canDelete(copy)).isTrue();

        assertThat(campaigns.delete(copy)).contains(copy).contains("is deleted");
        assertThat(campaigns.search(name).names()).containsExactly(name);
      }

      try (Browser browser = new Browser()) {
        ShellPage shell = ShellPage.logIn(browser, "acme-analyst");
        assertThat(shell.menuEntries()).contains("Campaigns");
        CampaignsPage campaigns = CampaignsPage.open(browser).search(name);
        assertThat(campaigns.names()).containsExactly(name);
        assertThat(campaigns.canCopy(name)).isFalse();

        CampaignViewPage view = campaigns.openCampaign(name);
        assertThat(view.state()).isEqualTo("Scheduled");
        assertThat(view.offers("cancel")).isFalse();
        browser.screenshot("campaign-view-analyst");
      }
    } finally {
      acme.action(campaign, "cancel");
    }
  }
}
