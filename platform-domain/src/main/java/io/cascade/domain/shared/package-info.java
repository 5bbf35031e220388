/**
 * Small types every feature shares: the base of business-rule exceptions and {@link
 * io.cascade.domain.shared.LocalizedText}, a sentence kept as a message key so it can be shown in
 * the viewer's language. No dependencies.
 */
package io.cascade.domain.shared;
