/**
 * Provider accounts of the current tenant: the service (tenant admin only), secret encryption, the
 * base-URL allow-list and the factory of provider clients built from an account. Depends on the
 * domain's {@code provideraccount} and on {@code io.cascade.provider.*}.
 */
package io.cascade.provideraccount;
