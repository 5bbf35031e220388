package io.cascade.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactImporterTest {

  @Test
  void writesVariablesAsAJsonObjectWithEscapes() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("name", "Dana \"D\" O\\Neil");
    variables.put("note", "line1\nline2\u0001");

    assertThat(ContactImporter.json(variables))
        .isEqualTo("{\"name\":\"Dana \\\"D\\\" O\\\\Neil\",\"note\":\"line1\\nline2\\u0001\"}");
    assertThat(ContactImporter.json(Map.of())).isEqualTo("{}");
  }

  @Test
  void writesAStagingRowInCopyTextFormatWithBackslashTabNewlineAndReturnEscaped() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("name", "O\\Neil \"D\"");
    variables.put("note", "a\tb\nc\rd");
    StringBuilder row = new StringBuilder();

    ContactImporter.stagingRow(row, "acme", 7, "+380961111111", variables);

    // the JSON escapes the tab, newline and return; COPY then doubles each backslash
    assertThat(row)
        .hasToString(
            "acme\t7\t+380961111111\t{\"name\":\"O\\\\\\\\Neil \\\\\"D\\\\\"\","
                + "\"note\":\"a\\\\tb\\\\nc\\\\rd\"}\n");
    StringBuilder text = new StringBuilder();
    ContactImporter.copyText(text, "a\\b\tc\nd\re");
    assertThat(text).hasToString("a\\\\b\\tc\\nd\\re");
  }
}
