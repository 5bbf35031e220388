package io.cascade.it.support;

import io.cascade.tenancy.DemoTenants;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
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
        .addClass(TenantTransactions.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
        // persistence.xml lists every entity of the platform: ship the whole domain
        .addAsLibraries(
            library(io.cascade.domain.tenancy.TenantProfile.class),
            library(com.google.i18n.phonenumbers.PhoneNumberUtil.class),
            library(org.assertj.core.api.Assertions.class));
  }

  /**
   * The audience services (imports, suppression) on top of {@link #tenancy}, with the JDBC driver's
   * module for COPY. The platform's EAR has migrated the database already: a stand-in named
   * DatabaseMigration satisfies the startup beans' {@code @DependsOn}.
   */
  public static WebArchive audience(String name) {
    return tenancy(name)
        .addPackages(false, "io.cascade.audience")
        .addClass(MigratedByThePlatform.class)
        .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.postgresql\n"))
        .addAsLibraries(
            library(org.apache.commons.csv.CSVFormat.class),
            library(org.apache.commons.io.IOUtils.class),
            library(org.apache.commons.codec.binary.Base64.class));
  }

  /**
   * Template images (media) and the provider clients on top of {@link #tenancy}: enough to upload
   * to the simulator's Messaggio. The stand-in DatabaseMigration satisfies the callback token
   * upgrade's {@code @DependsOn}.
   */
  public static WebArchive media(String name) {
    return tenancy(name)
        .addPackages(true, "io.cascade.media", "io.cascade.provider")
        .addPackages(false, "io.cascade.provideraccount")
        .addClass(MigratedByThePlatform.class)
        .addAsLibraries(
            library(com.fasterxml.jackson.databind.ObjectMapper.class),
            library(com.fasterxml.jackson.core.JsonParser.class),
            library(com.fasterxml.jackson.annotation.JsonProperty.class));
  }

  /**
   * The jar a class was loaded from (or, run from an IDE, its classes folder as a jar), to ship a
   * library into the deployment.
   */
  private static JavaArchive library(Class<?> type) {
    File location;
    try {
      location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String name = type.getPackageName().replace('.', '-') + ".jar";
    return location.isDirectory()
        ? ShrinkWrap.create(ExplodedImporter.class, name)
            .importDirectory(location)
            .as(JavaArchive.class)
        : ShrinkWrap.create(ZipImporter.class, name).importFrom(location).as(JavaArchive.class);
  }
}
