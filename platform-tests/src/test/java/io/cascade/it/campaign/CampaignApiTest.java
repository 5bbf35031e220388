package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The campaign API as a campaign manager uses it, and as another tenant or role cannot. */
class CampaignApiTest {

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");

  @Test
  void aVariableTheListLacksIsRefusedWhenSchedulingNamingTheVariableAndTheList() throws Exception {
    String account = acme.account("HYBER");
    String template =
        acme.template(
            "HYBER",
            "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%, code %code%\"}");
    String list = acme.list(Map.of(Campaigns.phones(1).get(0), "Ann"));
    String campaign = acme.draft(template, account, List.of(list), "");

    HttpResponse<String> refused =
        acme.node.post("api/campaigns/" + campaign + "/schedule", acme.manager(), "");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = Platform.json(refused.body());
    assertThat(error.get("field").asText()).isEqualTo("listIds");
    assertThat(error.get("message").asText())
        .contains("%code%")
        .contains("has no such column (it has name)");
    assertThat(acme.campaign(campaign).get("state").asText()).isEqualTo("DRAFT");
  }

  @Test
  void aTemplateAndAnAccountOfDifferentProvidersAreRefusedWithBoth() throws Exception {
    String account = acme.account("DECISIONTELECOM");
    String template =
        acme.template("HYBER", "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%\"}");
    String list = acme.list(Map.of(Campaigns.phones(1).get(0), "Ann"));
    String campaign = acme.draft(template, account, List.of(list), "");

    HttpResponse<String> refused =
        acme.node.post("api/campaigns/" + campaign + "/schedule", acme.manager(), "");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Platform.json(refused.body()).get("message").asText())
        .contains("designed for Hyber")
        .contains("DecisionTelecom");
  }

  @Test
  void aChangeTheStateDoesNotAllowIsA409ThatSaysWhy() throws Exception {
    String campaign = scheduledLater();

    HttpResponse<String> resume =
        acme.node.post("api/campaigns/" + campaign + "/resume", acme.manager(), "");
    assertThat(resume.statusCode()).as(resume.body()).isEqualTo(409);
    assertThat(Platform.json(resume.body()).get("message").asText())
        .isEqualTo("A campaign that is scheduled cannot be resumed.");
    acme.action(campaign, "cancel");
  }

  @Test
  void cancellingAScheduledCampaignRemovesItsStartTrigger() throws Exception {
    String campaign = scheduledLater();
    assertThat(triggers(campaign)).isEqualTo(1);

    JsonNode cancelled = acme.action(campaign, "cancel");

    assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
    assertThat(triggers(campaign)).isZero();
  }

  @Test
  void anotherTenantsCampaignIsNotFoundAndAnAnalystMayNotTouchOne() throws Exception {
    String campaign = scheduledLater();
    String globex = Platform.accessToken("globex-manager");

    HttpResponse<String> read = acme.node.get("api/campaigns/" + campaign, globex);
    HttpResponse<String> cancel =
        acme.node.post("api/campaigns/" + campaign + "/cancel", globex, "");
    HttpResponse<String> list = acme.node.get("api/campaigns", globex);
    String analyst = Platform.accessToken("acme-analyst");
    HttpResponse<String> analystRead = acme.node.get("api/campaigns/" + campaign, analyst);
    HttpResponse<String> analystCancel =
        acme.node.post("api/campaigns/" + campaign + "/cancel", analyst, "");

    assertThat(read.statusCode()).as(read.body()).isEqualTo(404);
    assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(404);
    assertThat(list.body()).doesNotContain(campaign);
    // an analyst reads campaigns (their list and progress) but changes none
    assertThat(analystRead.statusCode()).as(analystRead.body()).isEqualTo(200);
    assertThat(analystCancel.statusCode()).as(analystCancel.body()).isEqualTo(403);
    assertThat(acme.campaign(campaign).get("state").asText()).isEqualTo("SCHEDULED");
    acme.action(campaign, "cancel");
  }

  @Test
  void aTestSendAnswersTheProvidersCodeAndText() throws Exception {
    String account = acme.account("DECISIONTELECOM");
    String template =
        acme.template(
            "DECISIONTELECOM",
            "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%\",\"ttlSeconds\":3600}");
    String list = acme.list(Map.of(Campaigns.phones(1).get(0), "Ann"));
    String campaign = acme.draft(template, account, List.of(list), "");
    String phone = Campaigns.phones(1).get(0);
    JsonNode accepted =
        acme.node.ok(
            acme.node.post(
                "api/campaigns/" + campaign + "/test-send",
                acme.manager(),
                "{\"phone\":\"" + phone + "\"}"));
    // Niue's numbers have 7 digits: valid, but DecisionTelecom takes 10 to 15
    JsonNode refused =
        acme.node.ok(
            acme.node.post(
                "api/campaigns/" + campaign + "/test-send",
                acme.manager(),
                "{\"phone\":\"+6834002\"}"));

    assertThat(accepted.get("accepted").asBoolean()).isTrue();
    assertThat(accepted.get("text").asText()).startsWith("DecisionTelecom accepted");
    assertThat(refused.get("accepted").asBoolean()).isFalse();
    assertThat(refused.get("code").asText()).isEqualTo("1");
    assertThat(refused.get("text").asText()).contains("destination_addr");
    assertThat(Campaigns.sends(phone)).as("the simulator's ledger").isEqualTo(1);
  }

  /** A Hyber campaign scheduled an hour ahead. */
  private String scheduledLater() throws Exception {
    String account = acme.account("HYBER");
    String template =
        acme.template("HYBER", "{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%\"}");
    String list = acme.list(Map.of(Campaigns.phones(1).get(0), "Ann"));
    String campaign =
        acme.node
            .ok(
                acme.node.post(
                    "api/campaigns",
                    acme.manager(),
                    "{\"name\":\"Later\",\"templateId\":\""
                        + template
                        + "\",\"accountId\":\""
                        + account
                        + "\",\"listIds\":[\""
                        + list
                        + "\"],\"startAt\":\""
                        + Instant.now().plusSeconds(3600)
                        + "\"}"))
            .get("id")
            .asText();
    assertThat(acme.schedule(campaign).get("state").asText()).isEqualTo("SCHEDULED");
    return campaign;
  }

  private int triggers(String campaign) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement("select count(*) from qrtz_triggers where trigger_name = ?")) {
      st.setString(1, campaign);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
