/**
 * The tenant profile, all of it: the dashboard that shows it, its editor, and {@code /api/profile}.
 * The tenant of a request itself is {@code web.tenancy}'s business.
 */
package io.cascade.web.profile;
