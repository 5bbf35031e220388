/**
 * Channels (Viber, SMS, WhatsApp, push) and the content one channel carries, as immutable values
 * validated when made. Depends on {@code io.cascade.shared} only.
 */
package io.cascade.domain.channel;
