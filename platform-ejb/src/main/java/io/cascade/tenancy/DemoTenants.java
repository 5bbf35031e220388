package io.cascade.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo tenants of the demo realm (organizations acme and globex), registered at startup when
 * {@code PLATFORM_DEMO_DATA=true}; the run command and the tests set it, production does not.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoTenants {

  private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());

  @Inject
  @ConfigProperty(name = "PLATFORM_DEMO_DATA", defaultValue = "false")
  boolean enabled;

  @EJB private TenantDirectory directory;

  @PostConstruct
  void register() {
    if (!enabled) {
      return;
    }
    directory.register("acme", "Acme Corp", ZoneId.of("Europe/Kyiv"), "UA");
    directory.register("globex", "Globex", ZoneId.of("America/New_York"), "US");
    LOG.info("Demo tenants acme and globex are registered");
  }
}
