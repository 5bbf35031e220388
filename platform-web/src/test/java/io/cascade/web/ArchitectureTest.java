package io.cascade.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.cascade.web.api.ApiApplication;
import io.cascade.web.callback.CallbackApplication;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layer and feature rules of STYLE.md, over the main classes of platform-domain, platform-ejb
 * and platform-web (this module's test class path holds all three).
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.cascade");

  private static final String[] PROVIDER_IMPLEMENTATIONS = {"io.cascade.provider.*.."};

  @Test
  void onlyTheProviderPackagesKnowAProvidersClasses() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.cascade.provider..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PROVIDER_IMPLEMENTATIONS)
            .because(
                "every provider is reached through ProviderClient and ProviderRegistry, so adding"
                    + " one is a new package, not edits across the tree");
    rule.check(MAIN);
  }

  @Test
  void theDomainDependsOnNothingOfTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("io.cascade.domain..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("io.cascade..")
                .and(not(JavaClass.Predicates.resideInAPackage("io.cascade.domain.."))))
        .because("entities and value objects run without the container (platform-domain)")
        .check(MAIN);
  }

  @Test
  void servicesNeverReachIntoTheWebModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.cascade.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.cascade.web..")
        .because("platform-ejb is below platform-web: screens and REST call services, not back")
        .check(MAIN);
  }

  /**
   * Inside the EAR each module has its own class loader: a package split over two jars compiles,
   * and its package-private uses fail at run time.
   */
  @Test
  void noPackageLivesInTwoModules() {
    Map<String, URI> firstSource = new HashMap<>();
    ArchRuleDefinition.classes()
        .should(
            new ArchCondition<JavaClass>("live in the same module as the rest of their package") {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                URI module = item.getSource().map(s -> moduleOf(s.getUri())).orElse(null);
                URI first = firstSource.putIfAbsent(item.getPackageName(), module);
                if (first != null && !first.equals(module)) {
                  events.add(
                      SimpleConditionEvent.violated(
                          item,
                          item.getName() + " is in " + module + ", its package also in " + first));
                }
              }
            })
        .check(MAIN);
  }

  /**
   * The REST classes are listed by their applications, not scanned (the callbacks must not be
   * served under /api too): a new resource or mapper that neither lists would silently be missing.
   */
  @Test
  void everyRestClassIsServedByExactlyOneApplication() {
    Set<Class<?>> api = new ApiApplication().getClasses();
    Set<Class<?>> callbacks = new CallbackApplication().getClasses();
    for (JavaClass c : MAIN) {
      boolean rest =
          c.isAnnotatedWith(jakarta.ws.rs.Path.class)
              || c.isAnnotatedWith(jakarta.ws.rs.ext.Provider.class);
      if (rest && c.getPackageName().startsWith("io.cascade.web")) {
        Class<?> type = c.reflect();
        assertTrue(
            api.contains(type) ^ callbacks.contains(type),
            type + " is served by exactly one of ApiApplication and CallbackApplication");
      }
    }
  }

  /** The jar or classes folder a class file comes from. */
  private static URI moduleOf(URI classFile) {
    String s = classFile.toString();
    int jar = s.indexOf("!/");
    if (jar >= 0) {
      return URI.create(s.substring(0, jar));
    }
    int classes = s.indexOf("/classes/");
    return URI.create(classes >= 0 ? s.substring(0, classes) : s);
  }
}
