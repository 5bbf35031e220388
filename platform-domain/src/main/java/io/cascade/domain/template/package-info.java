/**
 * Message templates: the tenant's designs of a multichannel message for one target provider, their
 * versions (a template a campaign uses is never changed under it) and the sample recipient the
 * editor previews with. Depends on {@code io.cascade.channel} and {@code io.cascade.message}.
 */
package io.cascade.domain.template;
