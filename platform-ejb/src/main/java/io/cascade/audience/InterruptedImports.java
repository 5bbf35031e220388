package io.cascade.audience;

import io.cascade.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At startup, cleans up after imports this server was running when it stopped: each tenant's
 * imports still marked running on this node are failed with what to do (or completed, if their rows
 * had gone in), and the temporary files they left are deleted.
 *
 * <p>Only this node's imports: other servers sharing the database may be running theirs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedImports {

  private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

  @EJB private ImportProgress progress;

  @PostConstruct
  void atStartup() {
    cleanUp();
  }

  /** Public for the in-container test; at startup nothing of this node runs yet. */
  public void cleanUp() {
    String node = thisNode();
    int interrupted = 0;
    for (String tenant : progress.tenantsWithRunningImports(node)) {
      // one transaction per tenant: Hibernate fixes the tenant when the session opens
      interrupted += TenantContext.callAs(tenant, () -> progress.interrupted(node));
    }
    int files =
        ImportFiles.deleteWrittenBefore(
            ImportFiles.folder(),
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    int imports = interrupted;
    LOG.info(
        () ->
            "Imports interrupted by the last stop of node "
                + node
                + ": "
                + imports
                + "; leftover import files deleted: "
                + files);
  }

  /** WildFly's node name (by default the host name): which server runs an import. */
  public static String thisNode() {
    return System.getProperty("jboss.node.name", "local");
  }
}
