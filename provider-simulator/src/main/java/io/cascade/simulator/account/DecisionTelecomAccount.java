package io.cascade.simulator.account;

/** A DecisionTelecom access key; clients send {@code Authorization: Basic base64(key)}. */
public record DecisionTelecomAccount(String key) {
  public DecisionTelecomAccount {
    HyberAccount.require(key, "key");
  }
}
