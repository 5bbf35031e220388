package io.cascade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hibernate's tenant discriminator does not filter native SQL. Every native query in the platform's
 * code must therefore name the tenant itself: its SQL text mentions {@code tenant_id}. The same
 * holds for JDBC: prepared statements and PostgreSQL COPY ({@code copyIn}).
 */
class NativeSqlIsTenantScopedTest {

  private static final Pattern NATIVE_QUERY =
      Pattern.compile(
          "(?:createNativeQuery|prepareStatement|copyIn)\\(\\s*\"([^\"]*)\"", Pattern.DOTALL);

  @Test
  void everyNativeQueryNamesTheTenant() {
    List<String> unscoped =
        sources()
            .flatMap(NativeSqlIsTenantScopedTest::nativeQueries)
            .filter(sql -> !sql.contains("tenant_id"))
            .toList();
    assertThat(unscoped).as("native SQL without tenant_id").isEmpty();
  }

  @Test
  void theCheckFindsUnscopedAndUncheckableQueries() {
    String code =
        "em.createNativeQuery(\"delete from message where id = ?\"); em.createNativeQuery(sql);"
            + " c.prepareStatement(\"update contact set phone = ?\"); copy.copyIn(sql, in);";
    assertThat(nativeQueriesIn(code))
        .hasSize(4)
        .first()
        .isEqualTo("delete from message where id = ?");
    assertThat(nativeQueriesIn(code).get(1)).doesNotContain("tenant_id");
  }

  private static Stream<Path> sources() {
    Path root = Path.of("").toAbsolutePath().getParent();
    return Stream.of("platform-ejb", "platform-web")
        .map(module -> root.resolve(module).resolve("src/main/java"))
        .filter(Files::isDirectory)
        .flatMap(NativeSqlIsTenantScopedTest::javaFiles);
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> nativeQueries(Path file) {
    try {
      return nativeQueriesIn(Files.readString(file)).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SQL of each native query; one built at run time is reported as such, to be looked at. */
  static List<String> nativeQueriesIn(String code) {
    Matcher matcher = NATIVE_QUERY.matcher(code);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    int calls = code.split("(?:createNativeQuery|prepareStatement|copyIn)\\(", -1).length - 1;
    for (int i = found.size(); i < calls; i++) {
      found.add("<SQL not a string literal: keep native SQL literal so it can be checked>");
    }
    return found;
  }
}
