package io.cascade.it.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.it.support.Browser;
import io.cascade.it.support.Platform;
import io.cascade.it.support.ShellPage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A subscriber answers "Stop" to a campaign message (a DecisionTelecom two-way reply posted to the
 * account's callback URL, as the provider posts it, twice): the reply is in acme's inbox once,
 * marked as an opt-out, in its CSV too; the number is suppressed and the next campaign to the same
 * list skips it; globex's inbox does not show it.
 */
class ReplyInboxTest {

  private final Campaigns acme = new Campaigns(Node.shared(), "acme");

  @Test
  void anOptOutReplySuppressesTheNumberAndShowsInTheInboxOfItsTenantOnly() throws Exception {
    List<String> phones = Campaigns.phones(2);
    String optingOut = phones.get(0);
    String staying = phones.get(1);
    String list = acme.list(Map.of(optingOut, "Ann", staying, "Bob"));
    String account = acme.account("DECISIONTELECOM");
    String template =
        acme.template(
            "DECISIONTELECOM",
            "{\"channel\":\"VIBER\",\"sender\":\"Acme\",\"text\":\"Hi %name%, winter sale\","
                + "\"ttlSeconds\":3600}");
    String first = acme.draft(template, account, List.of(list), "");
    acme.schedule(first);
    acme.awaitState(first, "COMPLETED", Duration.ofSeconds(60));

    String reply =
        "{\"message_token\":\""
            + UUID.randomUUID()
            + "\",\"phone_number\":\""
            + optingOut.substring(1)
            + "\",\"time\":"
            + Instant.now().getEpochSecond()
            + ",\"message\":{\"text\":\" Stop \",\"tracking_data\":\"tracking_id:"
            + providerId(first, optingOut)
            + "\"}}";
    String url =
        acme.node
            .ok(acme.node.get("api/provider-accounts/" + account, acme.admin()))
            .get("callbackUrl")
            .asText();
    for (int i = 0; i < 2; i++) {
      int status =
          Platform.send(
                  HttpRequest.newBuilder(URI.create(url))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(reply)))
              .statusCode();
      assertThat(status).as("a provider's repeated reply").isEqualTo(200);
    }
    awaitSuppressed(optingOut);
    assertThat(replies(optingOut)).as("the repeated reply is kept once").isEqualTo(1);

    String second = acme.draft(template, account, List.of(list), "");
    acme.schedule(second);
    acme.awaitState(second, "COMPLETED", Duration.ofSeconds(60));
    assertThat(Campaigns.sends(optingOut)).as("the number that opted out").isEqualTo(1);
    assertThat(Campaigns.sends(staying)).isEqualTo(2);

    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-analyst");
      WebElement row = search(browser, optingOut);
      assertThat(row.getText()).contains("Stop").contains("opted out").contains("VIBER");
      browser.screenshot("replies-inbox");
      browser.await(By.id("repliesForm:csv")).click();
      String csv = browser.awaitDownload("replies.csv");
      assertThat(csv).contains(optingOut).contains("Stop").contains("true");
    }
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "globex-analyst");
      browser.open(Platform.webUrl() + "replies/");
      WebElement phone = browser.await(By.id("repliesForm:phone"));
      phone.sendKeys(optingOut.substring(1));
      browser.awaitText(By.id("repliesForm:replies"), "No replies.");
      assertThat(browser.pageText()).doesNotContain(optingOut);
    }
  }

  @Test
  void theTenantAdminSetsItsOwnKeywordsOnTheProfileAndABadOneIsRefusedBesideTheField()
      throws Exception {
    String phone = Campaigns.phones(1).get(0);
    String account = acme.account("DECISIONTELECOM");
    try (Browser browser = new Browser()) {
      ShellPage.logIn(browser, "acme-admin");
      try {
        saveKeywords(browser, "x".repeat(41));
        assertThat(browser.awaitText(By.id("profileForm"), "longer than 40 characters"))
            .contains("longer than 40 characters");
        saveKeywords(browser, "Stop, Хватит");
        browser.awaitText(By.id("profileForm:messages"), "The profile is saved.");

        // a reply naming no message, only its number, as DecisionTelecom may send one
        post(
            account,
            "{\"message_token\":\""
                + UUID.randomUUID()
                + "\",\"phone_number\":\""
                + phone.substring(1)
                + "\",\"message\":{\"text\":\"Хватит!\"}}");
        awaitSuppressed(phone);
      } finally {
        saveKeywords(browser, "");
        browser.awaitText(By.id("profileForm:messages"), "The profile is saved.");
      }
      browser.open(Platform.webUrl() + "tenant/profile.xhtml");
      assertThat(browser.await(By.id("profileForm:optOutKeywords")).getAttribute("value"))
          .as("empty means the defaults")
          .isEqualTo("STOP, СТОП, ВІДПИСАТИСЯ, ОТПИСАТЬСЯ");
    }
  }

  private static void saveKeywords(Browser browser, String keywords) {
    browser.open(Platform.webUrl() + "tenant/profile.xhtml");
    WebElement field = browser.await(By.id("profileForm:optOutKeywords"));
    field.clear();
    field.sendKeys(keywords);
    browser.await(By.id("profileForm:save")).click();
  }

  private void post(String account, String body) {
    String url =
        acme.node
            .ok(acme.node.get("api/provider-accounts/" + account, acme.admin()))
            .get("callbackUrl")
            .asText();
    int status =
        Platform.send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)))
            .statusCode();
    assertThat(status).isEqualTo(200);
  }

  /** The inbox filtered by the number; its one row. */
  private static WebElement search(Browser browser, String phone) {
    browser.open(Platform.webUrl() + "replies/");
    WebElement field = browser.await(By.id("repliesForm:phone"));
    field.sendKeys(phone.substring(4));
    // the unfiltered page shows other tests' replies too, until the search's update comes back
    return browser.until(
        driver -> {
          List<WebElement> rows =
              driver.findElements(By.cssSelector("[id='repliesForm:replies'] tbody tr"));
          return rows.size() == 1 && rows.get(0).getText().contains(phone) ? rows.get(0) : null;
        });
  }

  private String providerId(String campaign, String phone) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st =
            c.prepareStatement(
                "select provider_message_id from campaign_message"
                    + " where campaign_id = ?::uuid and phone = ?")) {
      st.setString(1, campaign);
      st.setString(2, phone);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private void awaitSuppressed(String phone) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (!suppressed(phone)) {
      assertThat(Instant.now()).as(phone + " suppressed in time").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  private boolean suppressed(String phone) throws Exception {
    return count(
            "select count(*) from suppressed_phone where tenant_id = 'acme' and phone = ?", phone)
        > 0;
  }

  private long replies(String phone) throws Exception {
    return count(
        "select count(*) from message_reply where tenant_id = 'acme' and phone = ?", phone);
  }

  private long count(String sql, String phone) throws Exception {
    try (Connection c = acme.node.db();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, phone);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
