/**
 * The platform database: Flyway migrations at startup and a clear message when the database cannot
 * be reached. Depends on the container DataSource only.
 */
package io.cascade.database;
