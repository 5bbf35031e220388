package io.cascade.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorConfigTest {

  @Test
  void defaultsMatchTheDocumentedDemoAccounts() {
    SimulatorConfig config = SimulatorConfig.load(Map.of(), new Properties());

    assertThat(config.port()).isEqualTo(8190);
    assertThat(config.bind()).isEqualTo("127.0.0.1");
    assertThat(config.hyberAccounts().get(0).clientId()).isEqualTo("1001");
    assertThat(config.messaggioAccounts().get(0).secret()).isEqualTo("demo-secret");
    assertThat(config.decisiontelecomAccounts().get(0).key()).isEqualTo("demo-key");
  }

  @Test
  void fileThenEnvironmentThenSystemPropertiesWin(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("simulator.json");
    Files.writeString(
        file,
        "{\"port\": 9000, \"retry_window_ms\": 5000,"
            + " \"decisiontelecom_accounts\": [{\"key\": \"file-key\"}]}");
    Properties props = new Properties();
    props.setProperty("simulator.port", "9200");

    SimulatorConfig config =
        SimulatorConfig.load(
            Map.of(
                "SIMULATOR_CONFIG", file.toString(),
                "SIMULATOR_PORT", "9100",
                "SIMULATOR_HYBER_ACCOUNTS",
                    "[{\"client_id\":\"7\",\"login\":\"l\",\"password\":\"p\"}]"),
            props);

    assertThat(config.port()).isEqualTo(9200);
    assertThat(config.retryWindowMs()).isEqualTo(5000);
    assertThat(config.decisiontelecomAccounts().get(0).key()).isEqualTo("file-key");
    assertThat(config.hyberAccounts().get(0).clientId()).isEqualTo("7");
  }
}
