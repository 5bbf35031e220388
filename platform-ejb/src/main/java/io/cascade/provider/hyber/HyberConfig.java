package io.cascade.provider.hyber;

/**
 * One Hyber account.
 *
 * @param divisionCode access group created beforehand in Hyber's web interface (null: none)
 * @param syncReplies use the {@code /sync} mass URLs, which answer with a message id per recipient,
 *     instead of the asynchronous ones that answer with a campaign {@code job_id}
 */
public record HyberConfig(
    String login,
    String password,
    HyberEndpoints endpoints,
    String divisionCode,
    boolean syncReplies) {

  public HyberConfig {
    if (login == null || password == null || endpoints == null) {
      throw new IllegalArgumentException("Hyber needs login, password and endpoints");
    }
  }

  @Override
  public String toString() {
    return "HyberConfig[login=" + login + ", endpoints=" + endpoints + "]";
  }
}
