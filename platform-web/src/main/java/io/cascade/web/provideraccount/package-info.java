/**
 * Screens (providers/index.xhtml, providers/edit.xhtml) and the REST API (/api/provider-accounts)
 * of the tenant's provider accounts; everything goes through {@code ProviderAccountService}, and
 * secrets leave only masked.
 */
package io.cascade.web.provideraccount;
