package io.cascade.it.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cascade.domain.media.ImageNotUploadedException;
import io.cascade.domain.media.MediaImage;
import io.cascade.domain.media.ProviderMediaRefusedException;
import io.cascade.domain.provider.ProviderKind;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.ProviderAccountDetails;
import io.cascade.domain.provideraccount.UnknownProviderAccountException;
import io.cascade.it.support.Deployments;
import io.cascade.it.support.TenantTransactions;
import io.cascade.media.MediaService;
import io.cascade.media.MediaSettings;
import io.cascade.provideraccount.ProviderAccountSettings;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, against the simulator: the seam dispatch will use, {@code
 * MediaService.imageIds(account, urls)}, uploads an image to a Messaggio account once, keeps the
 * image_id, and refuses what it cannot send.
 */
@ExtendWith(ArquillianExtension.class)
class MessaggioImageIdsInContainerTest {

  @Deployment
  static WebArchive deployment() {
    return Deployments.media("media-it").addClass(Images.class);
  }

  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @EJB MediaService media;
  @Inject MediaSettings mediaSettings;
  @Inject ProviderAccountSettings accountSettings;

  private final String tenant = "it-media-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void uploadsAnImageOncePerAccountAndKeepsItsImageId() throws Exception {
    String login = simulatorAccount("secret-" + UUID.randomUUID());
    UUID account = as(() -> messaggioAccount(login, simulatorSecret));
    String url = as(this::storedImage);

    Map<String, String> first =
        TenantContext.callAs(tenant, () -> media.imageIds(account, List.of(url)));
    Map<String, String> again =
        TenantContext.callAs(tenant, () -> media.imageIds(account, List.of(url, url)));

    assertThat(first).containsOnlyKeys(url);
    assertThat(first.get(url)).hasSize(64);
    assertThat(again).isEqualTo(first);
    assertThat(simulatorUploadsOf(login)).isEqualTo(1);
  }

  @Test
  void aRefusalCarriesMessaggiosCodeAndText() throws Exception {
    String login = simulatorAccount("secret-" + UUID.randomUUID());
    UUID account = as(() -> messaggioAccount(login, "not-the-secret"));
    String url = as(this::storedImage);

    Throwable refused =
        unwrap(
            catchThrowable(
                () -> TenantContext.callAs(tenant, () -> media.imageIds(account, List.of(url)))));

    assertThat(refused).isInstanceOf(ProviderMediaRefusedException.class);
    assertThat(((ProviderMediaRefusedException) refused).code()).isEqualTo("2");
    assertThat(refused.getMessage()).contains("Invalid sign");
  }

  @Test
  void anImageFromAnotherAddressOrAnotherTenantsAccountIsRefused() throws Exception {
    String login = simulatorAccount("secret-" + UUID.randomUUID());
    UUID account = as(() -> messaggioAccount(login, simulatorSecret));
    String url = as(this::storedImage);

    assertThat(
            unwrap(
                catchThrowable(
                    () ->
                        TenantContext.callAs(
                            tenant,
                            () ->
                                media.imageIds(
                                    account, List.of("https://cdn.example.com/a.png"))))))
        .isInstanceOf(ImageNotUploadedException.class);
    String other = "it-other-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            unwrap(
                catchThrowable(
                    () ->
                        TenantContext.callAs(other, () -> media.imageIds(account, List.of(url))))))
        .isInstanceOf(UnknownProviderAccountException.class);
  }

  // ---- set-up in the container ----

  private String simulatorSecret;

  /** A Messaggio user of the simulator, with the given secret. */
  private String simulatorAccount(String secret) throws Exception {
    simulatorSecret = secret;
    String user = "it-media-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(simulatorUrl() + "/_control/accounts"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"provider\":\"messaggio\",\"user\":\""
                                + user
                                + "\",\"secret\":\""
                                + secret
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return user;
  }

  private UUID messaggioAccount(String login, String secret) {
    ProviderAccount account =
        new ProviderAccount(
            ProviderKind.MESSAGGIO,
            new ProviderAccountDetails(
                "IT media " + login,
                simulatorUrl(),
                null,
                null,
                login,
                List.of("Acme"),
                null,
                null));
    // the same binding of secret to account as ProviderClients uses
    account.replaceSecret(
        accountSettings.cipher().encrypt(secret, "provider-account:" + account.getId()));
    em.persist(account);
    return account.getId();
  }

  private String storedImage() {
    MediaImage image = new MediaImage("promo.png", Images.png(4, 4));
    em.persist(image);
    return mediaSettings.urls().of(tenant, image.getId(), image.getFileName());
  }

  private long simulatorUploadsOf(String login) throws Exception {
    String log =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            simulatorUrl() + "/_control/requests?provider=messaggio&limit=500"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    // the login is unique to this test and appears once in each upload's body
    return log.split(java.util.regex.Pattern.quote(login), -1).length - 1;
  }

  private static String simulatorUrl() {
    return System.getenv().getOrDefault("SIMULATOR_URL", "http://localhost:18190");
  }

  private <T> T as(Callable<T> work) throws Exception {
    return TenantTransactions.as(tx, tenant, work);
  }

  /** The business exception an EJB threw (this test deployment declares no application ones). */
  private static Throwable unwrap(Throwable thrown) {
    return thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
  }
}
