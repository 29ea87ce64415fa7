/**
 * `migrate diff --from-... --to-...`: the statements between two sources, each an empty database, a
 * schema, a live database or a migrations folder (replayed on a shadow database).
 */
import type { DbSchema } from '../dialects/ddl/description.js';
import { emptyDbSchema } from '../dialects/ddl/description.js';
import type { DdlStatement } from '../dialects/ddl/statements.js';
import type { Connection, Queryable } from '../dialects/driver.js';
import type { Schema } from '../schema/model.js';
import { assertNever } from '../shared/internal-error.js';
import { dataLossChecks, describeDataLoss } from './data-loss/index.js';
import { describeSchema } from './describe/describe-schema.js';
import { ddlDialectFor, providerOf } from './dialects.js';
import { diff } from './diff/diff.js';
import type { LocalMigration } from './history/migrations-dir.js';
import { replayMigrations } from './history/plan.js';
import { renderMigrationScript } from './render.js';

export type DiffSource =
  | { readonly kind: 'empty' }
  | { readonly kind: 'schema'; readonly schema: Schema }
  | { readonly kind: 'database'; readonly connection: Queryable; readonly schemas?: readonly string[] }
  | { readonly kind: 'migrations'; readonly migrations: readonly LocalMigration[]; readonly shadow: Connection };

export interface MigrateDiffResult {
  readonly statements: DdlStatement[];
  /** `migration.sql` text (warnings header included); `-- This is an empty migration.` when nothing changes. */
  readonly script: string;
  readonly warnings: string[];
}

export async function migrateDiff(options: { from: DiffSource; to: DiffSource; provider: string }): Promise<MigrateDiffResult> {
  const from = await describeSource(options.from, options.provider);
  const to = await describeSource(options.to, options.provider);
  const statements = diff(from, to);
  const { warnings } = describeDataLoss(dataLossChecks(statements, from));
  const script = statements.length === 0 ? '-- This is an empty migration.\n' : renderMigrationScript(statements, options.provider, warnings);
  return { statements, script, warnings };
}

async function describeSource(source: DiffSource, provider: string): Promise<DbSchema> {
  switch (source.kind) {
    case 'empty':
      return emptyDbSchema(provider);
    case 'schema':
      return describeSchema(source.schema, ddlDialectFor(providerOf(source.schema)));
    case 'database':
      return ddlDialectFor(provider).introspect(source.connection, source.schemas);
    case 'migrations':
      return replayMigrations(source.shadow, provider, source.migrations);
    default:
      return assertNever(source, 'diff source');
  }
}
