/**
 * DecisionTelecom Viber + SMS: one JSON message per request, the status query, and the status and
 * two-way reply callbacks. Depends on the simulator's shared packages only.
 */
package io.cascade.simulator.decisiontelecom;
