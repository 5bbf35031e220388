package io.cascade.it.support;

import io.cascade.tenancy.DemoTenants;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives Arquillian deploys into the running WildFly, next to the platform's EAR. */
public final class Deployments {

  private static final String BEANS_XML =
      "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
          + " bean-discovery-mode=\"annotated\"/>";

  private Deployments() {}

  /**
   * The platform's tenancy (domain and services) with its persistence unit, on the platform's
   * datasource; the startup bean that registers demo tenants stays out.
   */
  public static WebArchive tenancy(String name) {
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addPackages(
            false, Filters.exclude(DemoTenants.class), "io.cascade.tenancy", "io.cascade.shared")
        // persistence.xml lists every entity: ship the provider account entity and what it uses
        .addClasses(
            io.cascade.provideraccount.ProviderAccount.class,
            io.cascade.provideraccount.EncryptedSecret.class,
            io.cascade.provideraccount.ProviderKind.class,
            io.cascade.provideraccount.ProviderAccountDetails.class,
            io.cascade.provideraccount.InvalidProviderAccountException.class,
            io.cascade.channel.SenderName.class,
            io.cascade.channel.Ttl.class,
            io.cascade.channel.InvalidContentException.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar a class was loaded from, to ship a test library into the deployment. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
