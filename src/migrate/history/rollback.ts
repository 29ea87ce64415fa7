/**
 * `migrate down` (beyond Prisma): run the `down.sql` of applied migrations, newest first, and mark
 * each one's row in `_prisma_migrations` rolled back (`rolled_back_at` set). Prisma reads such a row as
 * not applied, so Prisma's own `migrate deploy` would apply the migration again, as ours does.
 */
import type { Connection } from '../../dialects/driver.js';
import { sqlStringLiteral } from '../../dialects/ddl/helpers.js';
import { ddlDialectFor } from '../dialects.js';
import { MigrateError } from '../errors.js';
import { runScript, withMigrationLock } from './lock.js';
import type { LocalMigration } from './migrations-dir.js';
import { MIGRATIONS_TABLE, readAppliedMigrations } from './migrations-table.js';
import { migrationStatus } from './status.js';

/** A migration to roll back has no `down.sql` (or is not in the folder): nothing was run. */
export class MissingDownScriptError extends MigrateError {
  constructor(readonly migration: string, reason: string) {
    super(`The migration \`${migration}\` cannot be rolled back: ${reason}. Nothing was rolled back.`);
  }
}

export interface RollbackOptions {
  readonly connection: Connection;
  readonly provider: string;
  readonly migrations: readonly LocalMigration[];
  /** Roll back every migration applied after this one (it stays applied). */
  readonly to?: string;
  /** Roll back the newest `steps` applied migrations (default 1 when `to` is not given). */
  readonly steps?: number;
}

export interface RollbackResult {
  /** Names rolled back, newest first. */
  readonly rolledBack: string[];
}

/** The applied migrations `options` ask to roll back, newest first. */
export function rollbackTargets(applied: readonly string[], options: { to?: string; steps?: number }): string[] {
  if (options.to !== undefined) {
    const at = applied.indexOf(options.to);
    if (at < 0) throw new MigrateError(`The migration \`${options.to}\` is not applied, so there is nothing to roll back to.`);
    return applied.slice(at + 1).reverse();
  }
  const steps = options.steps ?? 1;
  if (!Number.isInteger(steps) || steps < 1) throw new MigrateError(`--steps needs a whole number of at least 1, got ${steps}.`);
  return applied.slice(Math.max(0, applied.length - steps)).reverse();
}

export async function rollbackMigrations(options: RollbackOptions): Promise<RollbackResult> {
  const dialect = ddlDialectFor(options.provider);
  return withMigrationLock(options.connection, dialect, async (connection) => {
    const status = migrationStatus(options.migrations, await readAppliedMigrations(connection, dialect));
    const failed = status.failed[0];
    if (failed !== undefined) throw new MigrateError(`The migration \`${failed.name}\` failed and is not resolved: run \`migrate resolve\` first.`);
    // Applied order is the history's order; local folders sort the same way.
    const applied = options.migrations.filter((m) => status.applied.includes(m.name)).map((m) => m.name);
    for (const missing of status.missingLocally) throw new MissingDownScriptError(missing, 'it is applied but not in the migrations folder');
    const targets = rollbackTargets(applied, options);
    const byName = new Map(options.migrations.map((m) => [m.name, m]));
    // Check every script first: never stop halfway because a later one has no down.sql.
    const scripts = targets.map((name) => {
      const down = byName.get(name)?.downScript ?? null;
      if (down === null) throw new MissingDownScriptError(name, 'its folder has no down.sql (a migration written by Prisma, or by hand, has none)');
      if (status.modified.includes(name)) throw new MissingDownScriptError(name, 'its migration.sql was edited after it was applied, so its down.sql may not undo what ran');
      return { name, down };
    });
    const rolledBack: string[] = [];
    for (const { name, down } of scripts) {
      await runScript(connection, dialect, down);
      await connection.execute({
        sql: `UPDATE ${dialect.quoteIdentifier(MIGRATIONS_TABLE)} SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ${sqlStringLiteral(name)} AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        params: [],
      });
      rolledBack.push(name);
    }
    return { rolledBack };
  });
}
