package io.cascade.simulator.account;

/** A Hyber client: the {@code client_id} of the URL plus the Basic-auth login and password. */
public record HyberAccount(String clientId, String login, String password) {
  public HyberAccount {
    require(clientId, "client_id");
    require(login, "login");
    require(password, "password");
  }

  static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
