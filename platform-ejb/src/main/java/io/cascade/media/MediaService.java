package io.cascade.media;

import io.cascade.provider.messaggio.MediaUploadException;
import io.cascade.provider.messaggio.MessaggioClient;
import io.cascade.provideraccount.ProviderAccount;
import io.cascade.provideraccount.ProviderClients;
import io.cascade.provideraccount.ProviderKind;
import io.cascade.provideraccount.SecretKeyException;
import io.cascade.provideraccount.UnknownProviderAccountException;
import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's template images: kept by the platform, served at their public URL, and
 * uploaded to the tenant's Messaggio accounts, whose {@code image_id} is kept per account.
 *
 * <p>Storing and uploading to providers are separate calls (and transactions) on purpose: a
 * provider that refuses the image, or does not answer, never costs the tenant the stored image.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER})
public class MediaService {

  /** The code of a refusal that happened before Messaggio answered. */
  static final String NO_ANSWER = "NO_ANSWER";

  @PersistenceContext private EntityManager em;
  @Inject private MediaSettings settings;
  @Inject private ProviderClients clients;

  /**
   * Keeps an uploaded file as an image of the tenant.
   *
   * @throws InvalidImageException when it is empty, over 20 MB or not a JPG, PNG or GIF
   */
  public StoredImage store(String fileName, byte[] content) {
    MediaImage image = new MediaImage(fileName, content);
    em.persist(image);
    return stored(image);
  }

  /** Whether the URL is an image this tenant uploaded to the platform (the lint asks). */
  public boolean isUploaded(String url) {
    return imageId(url).isPresent();
  }

  /**
   * Uploads a kept image to each enabled Messaggio account of the tenant that has no {@code
   * image_id} for it yet, and keeps the ids. A refusal (with Messaggio's code and text) or no
   * answer is reported for its account; the others are uploaded all the same.
   *
   * @return one entry per enabled Messaggio account, by account name
   * @throws ImageNotUploadedException when the URL is not an image kept for this tenant
   */
  public List<ProviderUpload> uploadToMessaggio(String imageUrl) {
    UUID imageId = imageId(imageUrl).orElseThrow(() -> new ImageNotUploadedException(imageUrl));
    List<ProviderUpload> uploads = new ArrayList<>();
    MediaImage image = null;
    for (ProviderAccount account : messaggioAccounts()) {
      Optional<String> kept = kept(imageId, account.getId());
      if (kept.isPresent()) {
        uploads.add(ProviderUpload.kept(account.getId(), account.getName(), kept.get()));
      } else {
        image = image == null ? em.find(MediaImage.class, imageId) : image;
        uploads.add(upload(image, account));
      }
    }
    return uploads;
  }

  /** The kept {@code image_id}s of an image at the tenant's enabled Messaggio accounts. */
  public List<ProviderUpload> messaggioIds(String imageUrl) {
    Optional<UUID> imageId = imageId(imageUrl);
    if (imageId.isEmpty()) {
      return List.of();
    }
    List<ProviderUpload> ids = new ArrayList<>();
    for (ProviderAccount account : messaggioAccounts()) {
      kept(imageId.get(), account.getId())
          .ifPresent(id -> ids.add(ProviderUpload.kept(account.getId(), account.getName(), id)));
    }
    return ids;
  }

  /**
   * For dispatch: the Messaggio {@code image_id} of each image URL for one account, ready for
   * {@code SendRequest.uploadedMedia}. An image this account has no id for yet (an account added
   * after the upload, or one that did not answer then) is uploaded now and its id kept. Jobs call
   * this without a caller, so it needs no role; the tenant context scopes it.
   *
   * @throws UnknownProviderAccountException when the account is not a Messaggio account of the
   *     tenant
   * @throws ImageNotUploadedException for a URL that is not an image kept for this tenant
   * @throws ProviderMediaRefusedException when Messaggio refuses an upload or does not answer
   */
  @PermitAll
  public Map<String, String> imageIds(UUID accountId, Collection<String> urls) {
    ProviderAccount account = accountId == null ? null : em.find(ProviderAccount.class, accountId);
    if (account == null || account.getProvider() != ProviderKind.MESSAGGIO) {
      throw new UnknownProviderAccountException(accountId);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String url : new LinkedHashSet<>(urls)) {
      UUID imageId = imageId(url).orElseThrow(() -> new ImageNotUploadedException(url));
      String id =
          kept(imageId, accountId)
              .orElseGet(
                  () -> {
                    ProviderUpload upload = upload(em.find(MediaImage.class, imageId), account);
                    if (!upload.ok()) {
                      throw new ProviderMediaRefusedException(
                          account.getName(), upload.code(), upload.text());
                    }
                    return upload.mediaId();
                  });
      ids.put(url, id);
    }
    return ids;
  }

  /**
   * For the public media path, which sets the tenant of the path first: the image with this id and
   * file name, of that tenant only.
   */
  @PermitAll
  public Optional<ImageFile> publicImage(UUID id, String fileName) {
    String tenant = TenantContext.current().orElse(null);
    MediaImage image = id == null ? null : em.find(MediaImage.class, id);
    if (image == null
        || !image.getTenantId().equals(tenant)
        || !image.getFileName().equals(fileName)) {
      return Optional.empty();
    }
    return Optional.of(
        new ImageFile(image.getFileName(), image.getContentType(), image.getContent()));
  }

  private ProviderUpload upload(MediaImage image, ProviderAccount account) {
    UUID accountId = account.getId();
    String name = account.getName();
    try {
      MessaggioClient client = (MessaggioClient) clients.forAccount(account);
      String id = client.uploadImage(image.getFileName(), image.getContent());
      if (id.isBlank() || id.length() > ProviderMediaId.MAX_LENGTH) {
        return ProviderUpload.refused(
            accountId,
            name,
            "INVALID_REPLY",
            "Messaggio answered an image_id we cannot use: " + id);
      }
      em.persist(new ProviderMediaId(image.getId(), accountId, id));
      return ProviderUpload.kept(accountId, name, id);
    } catch (MediaUploadException e) {
      return ProviderUpload.refused(
          accountId, name, e.status() < 0 ? "REFUSED" : String.valueOf(e.status()), e.getMessage());
    } catch (ProcessingException e) {
      return ProviderUpload.refused(
          accountId, name, NO_ANSWER, "Messaggio did not answer: " + e.getMessage());
    } catch (SecretKeyException e) {
      return ProviderUpload.refused(accountId, name, "SECRET_KEY", e.getMessage());
    }
  }

  private List<ProviderAccount> messaggioAccounts() {
    return em.createQuery(
            "select a from ProviderAccount a where a.provider = :provider and a.enabled = true"
                + " order by a.name, a.createdAt",
            ProviderAccount.class)
        .setParameter("provider", ProviderKind.MESSAGGIO)
        .getResultList();
  }

  private Optional<String> kept(UUID imageId, UUID accountId) {
    return em.createQuery(
            "select p.providerMediaId from ProviderMediaId p"
                + " where p.imageId = :image and p.accountId = :account",
            String.class)
        .setParameter("image", imageId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The id of the tenant's image a URL names; another tenant's URL or any other address is none.
   * Only the id is read: the bytes are loaded when an upload needs them.
   */
  private Optional<UUID> imageId(String url) {
    String tenant = TenantContext.current().orElse(null);
    return settings
        .urls()
        .parse(url == null ? null : url.strip())
        .filter(ref -> ref.tenantId().equals(tenant))
        .flatMap(
            ref ->
                em.createQuery(
                        "select i.id from MediaImage i where i.id = :id and i.fileName = :name",
                        UUID.class)
                    .setParameter("id", ref.imageId())
                    .setParameter("name", ref.fileName())
                    .getResultStream()
                    .findFirst());
  }

  private StoredImage stored(MediaImage image) {
    String tenant = TenantContext.current().orElseThrow();
    return new StoredImage(
        image.getId(),
        settings.urls().of(tenant, image.getId(), image.getFileName()),
        image.getFileName(),
        image.getContentType(),
        image.getSizeBytes());
  }
}
