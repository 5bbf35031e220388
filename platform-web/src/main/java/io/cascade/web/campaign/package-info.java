/**
 * Campaigns: the list ({@code campaigns/index.xhtml}), one campaign's live progress ({@code
 * campaigns/view.xhtml}) and {@code /api/campaigns}, through {@code io.cascade.campaign}. Tenant
 * admins and campaign managers change campaigns; analysts read the list and the progress.
 */
package io.cascade.web.campaign;
