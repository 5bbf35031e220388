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
}
