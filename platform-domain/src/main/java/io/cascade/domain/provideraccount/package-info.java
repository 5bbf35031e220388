/**
 * A tenant's accounts at the messaging providers: credentials (the secret only encrypted), sender
 * names, default TTLs, the callback token and the last check. Depends on {@code shared} and {@code
 * channel} only.
 */
package io.cascade.domain.provideraccount;
