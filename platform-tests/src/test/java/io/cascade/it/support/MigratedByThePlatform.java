package io.cascade.it.support;

import jakarta.ejb.Singleton;

/**
 * Stands in for the platform's DatabaseMigration in test deployments: the platform's EAR has
 * migrated the shared database before any test deploys.
 */
@Singleton(name = "DatabaseMigration")
public class MigratedByThePlatform {}
