package io.cascade.domain.message;

import io.cascade.domain.channel.InvalidContentException;
import java.util.Map;

/**
 * One addressee of a send: our own message id (sent as {@code extra_id} / {@code p_transaction_id}
 * so callbacks find their way back), the phone, and personal variables.
 */
public record Recipient(String messageId, PhoneNumber phone, Map<String, String> variables) {

  /** Hyber's {@code extra_id} allows 64 characters, the tightest of our providers. */
  public static final int MESSAGE_ID_MAX_LENGTH = 64;

  public Recipient {
    if (messageId == null || messageId.isBlank() || messageId.length() > MESSAGE_ID_MAX_LENGTH) {
      throw new InvalidContentException("recipient.messageId", MESSAGE_ID_MAX_LENGTH, messageId);
    }
    if (phone == null) {
      throw new InvalidContentException("recipient.phone", messageId);
    }
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }

  public static Recipient of(String messageId, String international) {
    return new Recipient(messageId, PhoneNumber.of(international), Map.of());
  }

  public String render(String template) {
    return Placeholders.render(template, variables);
  }
}
