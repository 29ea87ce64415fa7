/**
 * `migrate dev`'s planning: replay the migrations folder on a shadow database (an empty scratch
 * database the caller provides: SQLite `:memory:`, a temporary PostgreSQL database), describe the
 * result, and diff it against the schema to get the next migration. The same replay tells whether the
 * development database has drifted from its migration history.
 */
import type { DbSchema } from '../../dialects/ddl/description.js';
import type { DdlStatement } from '../../dialects/ddl/statements.js';
import type { Connection, Queryable } from '../../dialects/driver.js';
import type { Schema } from '../../schema/model.js';
import { dataLossChecks, describeDataLoss } from '../data-loss/index.js';
import { describeSchema } from '../describe/describe-schema.js';
import { ddlDialectFor, providerOf } from '../dialects.js';
import { diff } from '../diff/diff.js';
import { renderMigrationScript } from '../render.js';
import { MigrationFailedError } from './deploy.js';
import { runScript } from './lock.js';
import type { LocalMigration } from './migrations-dir.js';

/** Runs the migrations on the (empty) shadow database and describes what they built. */
export async function replayMigrations(shadow: Connection, provider: string, migrations: readonly LocalMigration[]): Promise<DbSchema> {
  const dialect = ddlDialectFor(provider);
  for (const migration of migrations) {
    try {
      await runScript(shadow, dialect, migration.script);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Prisma's P3006: a migration does not apply cleanly to the shadow database.
      throw new MigrationFailedError('P3018', migration.name, `Migration \`${migration.name}\` failed to apply cleanly to the shadow database.\nError:\n${message}`);
    }
  }
  return dialect.introspect(shadow);
}

export interface PlannedMigration {
  readonly statements: DdlStatement[];
  /** The `migration.sql` text, warnings header included; empty when the schema needs no change. */
  readonly script: string;
  readonly warnings: string[];
}

/** The migration from what `migrations` build to what `schema` describes. */
export async function planMigration(options: { schema: Schema; shadow: Connection; migrations: readonly LocalMigration[] }): Promise<PlannedMigration> {
  const provider = providerOf(options.schema);
  const from = await replayMigrations(options.shadow, provider, options.migrations);
  const statements = diff(from, describeSchema(options.schema));
  const { warnings } = describeDataLoss(dataLossChecks(statements, from));
  return { statements, script: statements.length === 0 ? '' : renderMigrationScript(statements, provider, warnings), warnings };
}

/** Statements that would turn the migration history's database into the live one (empty: no drift). */
export async function detectDrift(options: { live: Queryable; provider: string; fromMigrations: DbSchema }): Promise<DdlStatement[]> {
  const live = await ddlDialectFor(options.provider).introspect(options.live);
  return diff(options.fromMigrations, live);
}
