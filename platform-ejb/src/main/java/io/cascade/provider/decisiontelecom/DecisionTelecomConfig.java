package io.cascade.provider.decisiontelecom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One DecisionTelecom account: the access key given by the account manager, and the endpoint. The
 * key is sent as {@code Authorization: Basic base64(key)} (FACTS.md, the official SDKs).
 */
public record DecisionTelecomConfig(String accessKey, DecisionTelecomEndpoints endpoints) {

  public DecisionTelecomConfig {
    if (accessKey == null || accessKey.isBlank() || endpoints == null) {
      throw new IllegalArgumentException("DecisionTelecom needs an access key and endpoints");
    }
  }

  public String authorization() {
    return "Basic "
        + Base64.getEncoder().encodeToString(accessKey.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "DecisionTelecomConfig[endpoints=" + endpoints + "]";
  }
}
