/**
 * Hyber (GMS) JSON V2: single, batch and broadcast sends with the native channel cascade, reply and
 * report parsing, delivery callbacks. Depends on {@code io.cascade.provider} and the domain.
 */
package io.cascade.provider.hyber;
