package io.cascade.provideraccount;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * At start-up, moves callback tokens still stored in clear (accounts made before V13) to their
 * keyed hash and encryption ({@link CallbackTokens}), and empties the clear column. The callback
 * URLs do not change. SQL cannot do it: the key is the platform's, not the database's.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CallbackTokenUpgrade {

  private static final Logger LOG = Logger.getLogger(CallbackTokenUpgrade.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ProviderAccountSettings settings;

  @PostConstruct
  void atStartup() {
    @SuppressWarnings("unchecked")
    List<Object[]> clear =
        em.createNativeQuery(
                "select tenant_id, id, callback_token from provider_account"
                    + " where callback_token is not null")
            .getResultList();
    if (clear.isEmpty()) {
      return;
    }
    SecretCipher cipher;
    try {
      cipher = settings.cipher();
    } catch (SecretKeyException e) {
      LOG.warning(
          () ->
              clear.size()
                  + " callback tokens are still stored in clear and cannot be converted: "
                  + e.getMessage());
      return;
    }
    for (Object[] row : clear) {
      UUID id = (UUID) row[1];
      CallbackTokens.AtRest kept = CallbackTokens.atRest((String) row[2], id, cipher);
      em.createNativeQuery(
              "update provider_account set callback_token_hash = ?1,"
                  + " callback_token_ciphertext = ?2, callback_token_key_id = ?3,"
                  + " callback_token = null where tenant_id = ?4 and id = ?5")
          .setParameter(1, kept.hash())
          .setParameter(2, kept.encrypted().ciphertext())
          .setParameter(3, kept.encrypted().keyId())
          .setParameter(4, row[0])
          .setParameter(5, id)
          .executeUpdate();
    }
    LOG.info(() -> clear.size() + " callback tokens moved from clear text to their keyed hash");
  }
}
