/**
 * Campaigns for tenant admins and campaign managers: {@code /api/campaigns} (screens come next).
 */
package io.cascade.web.campaign;
