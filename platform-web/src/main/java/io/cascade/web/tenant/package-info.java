/** Screens of the tenant's own settings: the dashboard and the profile editor. */
package io.cascade.web.tenant;
