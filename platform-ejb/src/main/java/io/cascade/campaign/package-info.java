/**
 * Campaigns as their users handle them: create, change, copy, delete a draft, schedule (Quartz's
 * clustered JDBC store starts them at their time, also after a restart), pause, resume, cancel,
 * resend the unknown, counts and progress from the kept counters, a filtered page for the list, a
 * test send. Dispatch ({@code io.cascade.dispatch}) sends what is running.
 */
package io.cascade.campaign;
