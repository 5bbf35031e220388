/**
 * Starts and stops the whole platform on one machine: embedded PostgreSQL, Keycloak, the provider
 * simulator and WildFly, each waited for until healthy, then watched: one that stops by itself is
 * reported and the others stopped. Used by the run command and by the test suite, so both run the
 * platform the same way.
 */
package io.cascade.launcher;
