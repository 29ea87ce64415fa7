/**
 * `migrate deploy` (and the apply step of `migrate dev`): run every pending migration in order, each
 * recorded in `_prisma_migrations` before it starts and marked finished after. A failure is recorded
 * with its error and stops the run; later deploys refuse until it is resolved, as Prisma's do.
 */
import type { Connection } from '../../dialects/driver.js';
import { ddlDialectFor } from '../dialects.js';
import { MigrateError } from '../errors.js';
import type { LocalMigration } from './migrations-dir.js';
import { runScript, withMigrationLock } from './lock.js';
import { ensureMigrationsTable, readAppliedMigrations, recordFailed, recordFinished, recordStarted } from './migrations-table.js';
import { migrationStatus } from './status.js';

/** A migration failed (`P3018`) or an earlier failure blocks deploying (`P3009`). */
export class MigrationFailedError extends MigrateError {
  constructor(
    readonly code: 'P3009' | 'P3018',
    readonly migration: string,
    message: string,
  ) {
    super(message);
  }
}

export interface DeployResult {
  /** Names of the migrations applied by this run, in order. */
  readonly applied: string[];
}

export async function deployMigrations(options: { connection: Connection; provider: string; migrations: readonly LocalMigration[] }): Promise<DeployResult> {
  const dialect = ddlDialectFor(options.provider);
  // Two deploys at once: the second waits for the lock, then reads the history the first wrote.
  return withMigrationLock(options.connection, dialect, async (connection) => {
    await ensureMigrationsTable(connection, dialect);
    const status = migrationStatus(options.migrations, await readAppliedMigrations(connection, dialect));
    const failed = status.failed[0];
    if (failed !== undefined) {
      throw new MigrationFailedError(
        'P3009',
        failed.name,
        `migrate found failed migrations in the target database, new migrations will not be applied.\nThe \`${failed.name}\` migration started at an earlier run failed`,
      );
    }
    const applied: string[] = [];
    for (const migration of status.pending) {
      const id = await recordStarted(connection, dialect, migration.name, migration.checksum);
      try {
        await runScript(connection, dialect, migration.script);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await recordFailed(connection, dialect, id, message);
        throw new MigrationFailedError('P3018', migration.name, `A migration failed to apply. New migrations cannot be applied before the error is recovered from.\n\nMigration name: ${migration.name}\n\nDatabase error:\n${message}`);
      }
      await recordFinished(connection, dialect, id);
      applied.push(migration.name);
    }
    return { applied };
  });
}
