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

  /**
   * The SQL of each native query: every string literal of its first argument (literals joined with
   * {@code +}, the parts in between being names of constants or variables). A first argument with
   * no literal at all is reported as such, to be looked at.
   */
  static List<String> nativeQueriesIn(String code) {
    List<String> found = new ArrayList<>();
    Matcher call = CALL.matcher(code);
    while (call.find()) {
      String sql = firstArgumentLiterals(code, call.end());
      found.add(
          sql.isEmpty()
              ? "<SQL not a string literal: keep native SQL literal so it can be checked>"
              : sql);
    }
    return found;
  }

  private static final Pattern CALL =
      Pattern.compile("(?:createNativeQuery|prepareStatement|copyIn)\\(");

  /** The literals of the argument starting at {@code from}, up to its closing comma or paren. */
  private static String firstArgumentLiterals(String code, int from) {
    StringBuilder sql = new StringBuilder();
    int depth = 0;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        int end = code.indexOf('"', i + 1);
        while (end > 0 && code.charAt(end - 1) == '\\') {
          end = code.indexOf('"', end + 1);
        }
        sql.append(code, i + 1, end);
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' || (c == ',' && depth == 0)) {
        if (depth == 0) {
          break;
        }
        if (c == ')') {
          depth--;
        }
      }
    }
    return sql.toString();
  }
}
