package io.cascade.domain.audience;

import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.message.PhoneNumber;
import io.cascade.domain.message.Placeholders;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One addressee of a list: an E.164 phone, unique in its list, and the variables chosen at import
 * (column name to value). Contacts are written in bulk by the import (PostgreSQL COPY), never one
 * by one, so the entity is read-only.
 */
@Entity
@Immutable
@Table(name = "contact")
public class Contact {

  /**
   * The longest value of a variable, in characters: a Viber text has at most this many, so a longer
   * value could never be sent whole.
   */
  public static final int MAX_VALUE = ViberContent.TEXT_MAX_LENGTH;

  /** The longest name of a variable: what a {@code %placeholder%} of a template may be. */
  public static final int MAX_VARIABLE_NAME = 64;

  /**
   * True for a name a template can use as {@code %name%} ({@link Placeholders#PLACEHOLDER}): 1 to
   * {@link #MAX_VARIABLE_NAME} Latin letters, digits and underscores, starting with a letter or an
   * underscore. A column named otherwise can hold a phone, not a variable.
   */
  public static boolean isVariableName(String name) {
    return name != null
        && name.length() <= MAX_VARIABLE_NAME
        && Placeholders.PLACEHOLDER.matcher("%" + name + "%").matches();
  }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "list_id", nullable = false)
  private UUID listId;

  @Column(nullable = false)
  private String phone;

  /** The jsonb column, read as its text. */
  @Column(name = "variables", nullable = false)
  @ColumnTransformer(read = "cast(variables as text)")
  private String variablesJson;

  protected Contact() {}

  public UUID getId() {
    return id;
  }

  public UUID getListId() {
    return listId;
  }

  public PhoneNumber getPhone() {
    return new PhoneNumber(phone);
  }

  /** Variable name to value, in jsonb's key order (shorter names first, then alphabetical). */
  public Map<String, String> getVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(variablesJson))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (name, value) ->
              variables.put(
                  name, value instanceof JsonString text ? text.getString() : value.toString()));
    }
    return variables;
  }
}
