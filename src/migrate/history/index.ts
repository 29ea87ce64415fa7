/** Migration history: the migrations folder, `_prisma_migrations`, deploy, status and `migrate dev` planning. */
export { readMigrationsDir, writeMigration, writeLockFile, readLockProvider, checksumOf, checksumMatches, migrationTimestamp, migrationSlug, LOCK_FILE, DOWN_FILE } from './migrations-dir.js';
export type { LocalMigration } from './migrations-dir.js';
export { readAppliedMigrations, ensureMigrationsTable, markApplied, markRolledBack, MIGRATIONS_TABLE } from './migrations-table.js';
export type { AppliedMigration } from './migrations-table.js';
export { migrationStatus } from './status.js';
export type { MigrationStatus } from './status.js';
export { deployMigrations, MigrationFailedError } from './deploy.js';
export type { DeployResult } from './deploy.js';
export { planMigration, replayMigrations, detectDrift } from './plan.js';
export type { PlannedMigration } from './plan.js';
export { migrateDev } from './migrate-dev.js';
export type { MigrateDevOptions, MigrateDevResult } from './migrate-dev.js';
export { rollbackMigrations, rollbackTargets, MissingDownScriptError } from './rollback.js';
export type { RollbackOptions, RollbackResult } from './rollback.js';
export { renderDownScript } from './down-script.js';
export { withMigrationLock } from './lock.js';
