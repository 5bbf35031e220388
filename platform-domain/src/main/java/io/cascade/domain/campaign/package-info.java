/**
 * The campaign aggregate: what is sent (one template version), to whom (contact lists), through
 * which account, when (start time in a zone, send window, throttle), and its life from draft to
 * completed, each change a named method that refuses what its state does not allow. Depends on
 * {@code shared} only.
 */
package io.cascade.domain.campaign;
