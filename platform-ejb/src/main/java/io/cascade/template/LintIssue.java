package io.cascade.template;

import java.io.Serializable;

/**
 * One problem a template has for its provider.
 *
 * @param field the editor field it belongs to ({@code "viber.buttonCaption"}, {@code "sms.sender"},
 *     {@code "name"}), or a channel ({@code "viber"}), or {@code "channels"} / {@code "variables"}
 *     for the template as a whole
 * @param message a sentence a person understands, with the limit and the actual value
 */
public record LintIssue(String field, String message) implements Serializable {}
