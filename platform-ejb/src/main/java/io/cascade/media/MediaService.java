package io.cascade.media;

import io.cascade.domain.media.ImageNotUploadedException;
import io.cascade.domain.media.InvalidImageException;
import io.cascade.domain.media.MediaImage;
import io.cascade.domain.media.ProviderMediaId;
import io.cascade.domain.media.ProviderMediaRefusedException;
import io.cascade.domain.provideraccount.ProviderAccount;
import io.cascade.domain.provideraccount.UnknownProviderAccountException;
import io.cascade.provider.MediaUploadException;
import io.cascade.provider.MediaUploader;
import io.cascade.provider.ProviderCapabilities;
import io.cascade.provider.ProviderRegistry;
import io.cascade.provideraccount.ProviderClients;
import io.cascade.provideraccount.SecretKeyException;
import io.cascade.tenancy.Roles;
import io.cascade.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * uploaded to the tenant's accounts at providers that send images only by the id of an upload
 * (Messaggio's {@code image_id}, {@link ProviderCapabilities#mediaUpload()}), whose ids are kept
 * per account.
 *
 * <p>Storing and uploading to providers are separate calls on purpose: a provider that refuses the
 * image, or does not answer, never costs the tenant the stored image. Uploads run outside any
 * transaction (a slow provider holds no database connection); each id is kept in a transaction of
 * its own.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CAMPAIGN_MANAGER})
public class MediaService {

  /** The code of a refusal that happened before the provider answered. */
  static final String NO_ANSWER = "NO_ANSWER";

  @PersistenceContext private EntityManager em;
  @Inject private MediaSettings settings;
  @Inject private ProviderClients clients;
  @Resource private SessionContext session;

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
   * Uploads a kept image to each enabled account of the tenant that sends images by upload and has
   * no id for it yet, and keeps the ids. A refusal (with the provider's code and text) or no answer
   * is reported for its account; the others are uploaded all the same.
   *
   * @return one entry per enabled such account, by account name
   * @throws ImageNotUploadedException when the URL is not an image kept for this tenant
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<ProviderUpload> uploadToAccounts(String imageUrl) {
    UUID imageId = imageId(imageUrl).orElseThrow(() -> new ImageNotUploadedException(imageUrl));
    List<ProviderUpload> uploads = new ArrayList<>();
    MediaImage image = null;
    for (ProviderAccount account : uploadAccounts()) {
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

  /** The kept ids of an image at the tenant's enabled accounts that send images by upload. */
  public List<ProviderUpload> keptIds(String imageUrl) {
    Optional<UUID> imageId = imageId(imageUrl);
    if (imageId.isEmpty()) {
      return List.of();
    }
    List<ProviderUpload> ids = new ArrayList<>();
    for (ProviderAccount account : uploadAccounts()) {
      kept(imageId.get(), account.getId())
          .ifPresent(id -> ids.add(ProviderUpload.kept(account.getId(), account.getName(), id)));
    }
    return ids;
  }

  /**
   * For dispatch: the provider's id (Messaggio {@code image_id}) of each image URL for one account,
   * ready for {@code SendRequest.uploadedMedia}. An image this account has no id for yet (an
   * account added after the upload, or one that did not answer then) is uploaded now and its id
   * kept. Jobs call this without a caller, so it needs no role; the tenant context scopes it.
   *
   * @throws UnknownProviderAccountException when the account is not an account of the tenant at a
   *     provider that sends images by upload
   * @throws ImageNotUploadedException for a URL that is not an image kept for this tenant
   * @throws ProviderMediaRefusedException when the provider refuses an upload or does not answer
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<String, String> imageIds(UUID accountId, Collection<String> urls) {
    ProviderAccount account = accountId == null ? null : em.find(ProviderAccount.class, accountId);
    if (account == null || !ProviderRegistry.capabilities(account.getProvider()).mediaUpload()) {
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

  /** Keeps the provider's id of an uploaded image; {@link #upload} calls it after the upload. */
  @PermitAll
  public void keepProviderId(UUID imageId, UUID accountId, String providerId) {
    em.persist(new ProviderMediaId(imageId, accountId, providerId));
  }

  private ProviderUpload upload(MediaImage image, ProviderAccount account) {
    UUID accountId = account.getId();
    String name = account.getName();
    String provider = account.getProvider().displayName();
    try {
      MediaUploader uploader = clients.forAccount(account).mediaUploader().orElseThrow();
      String id = uploader.uploadImage(image.getFileName(), image.getContent());
      if (id.isBlank() || id.length() > ProviderMediaId.MAX_LENGTH) {
        return ProviderUpload.refused(
            accountId,
            name,
            "INVALID_REPLY",
            provider + " answered an image id we cannot use: " + id);
      }
      session.getBusinessObject(MediaService.class).keepProviderId(image.getId(), accountId, id);
      return ProviderUpload.kept(accountId, name, id);
    } catch (MediaUploadException e) {
      return ProviderUpload.refused(
          accountId, name, e.status() < 0 ? "REFUSED" : String.valueOf(e.status()), e.getMessage());
    } catch (ProcessingException e) {
      return ProviderUpload.refused(
          accountId, name, NO_ANSWER, provider + " did not answer: " + e.getMessage());
    } catch (SecretKeyException e) {
      return ProviderUpload.refused(accountId, name, "SECRET_KEY", e.getMessage());
    }
  }

  /** The tenant's enabled accounts at providers that send images by the id of an upload. */
  private List<ProviderAccount> uploadAccounts() {
    return em.createQuery(
            "select a from ProviderAccount a where a.provider in :providers and a.enabled = true"
                + " order by a.name, a.createdAt",
            ProviderAccount.class)
        .setParameter("providers", ProviderRegistry.having(ProviderCapabilities::mediaUpload))
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
