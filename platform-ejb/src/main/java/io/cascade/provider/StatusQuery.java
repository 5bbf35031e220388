package io.cascade.provider;

/** Which messages to ask about: by the provider's message id, by our id, or by campaign job id. */
public record StatusQuery(String providerMessageId, String messageId, String jobId) {

  public StatusQuery {
    if (providerMessageId == null && messageId == null && jobId == null) {
      throw new IllegalArgumentException("A status query needs an id");
    }
  }

  public static StatusQuery byProviderMessageId(String id) {
    return new StatusQuery(id, null, null);
  }

  public static StatusQuery byMessageId(String id) {
    return new StatusQuery(null, id, null);
  }

  public static StatusQuery byJobId(String id) {
    return new StatusQuery(null, null, id);
  }
}
