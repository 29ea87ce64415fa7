/**
 * `migrate dev` as one call: replay the migrations on the shadow database, stop on drift (the CLI asks
 * whether to reset), apply pending migrations, then plan the next one from the schema, write it and
 * apply it unless `createOnly`. Data loss is checked against the development database's rows.
 */
import type { Connection } from '../../dialects/driver.js';
import type { Schema } from '../../schema/model.js';
import { dataLossChecks, describeDataLoss, evaluateDataLoss } from '../data-loss/index.js';
import { describeSchema } from '../describe/describe-schema.js';
import { ddlDialectFor, providerOf } from '../dialects.js';
import { diff } from '../diff/diff.js';
import type { DdlStatement } from '../../dialects/ddl/statements.js';
import { renderMigrationScript } from '../render.js';
import { deployMigrations } from './deploy.js';
import type { LocalMigration } from './migrations-dir.js';
import { readMigrationsDir, writeMigration } from './migrations-dir.js';
import { readAppliedMigrations } from './migrations-table.js';
import { renderDownScript } from './down-script.js';
import { replayMigrations } from './plan.js';
import { migrationStatus } from './status.js';

export interface MigrateDevOptions {
  readonly schema: Schema;
  readonly connection: Connection;
  /** An empty scratch database of the same provider (SQLite: `:memory:`). */
  readonly shadow: Connection;
  readonly migrationsDir: string;
  /** `--name`; the folder is `<timestamp>_<name>`. */
  readonly name: string;
  readonly createOnly?: boolean;
  readonly now?: Date;
  /**
   * Asked before applying a new migration that has data-loss warnings (the CLI's prompt); false leaves
   * nothing written. Without it the migration is written and applied (warnings in its header).
   */
  readonly confirmDataLoss?: (warnings: readonly string[]) => Promise<boolean>;
}

export type MigrateDevResult =
  /** The database differs from what its applied migrations build: `statements` turn history into it. */
  | { readonly kind: 'drift'; readonly statements: DdlStatement[]; readonly modified: readonly string[]; readonly missingLocally: readonly string[]; readonly failed: readonly string[] }
  /** The new migration cannot run on the development data; nothing was written. */
  | { readonly kind: 'unexecutable'; readonly messages: string[]; readonly appliedPending: string[] }
  /** `confirmDataLoss` said no: nothing was written. */
  | { readonly kind: 'dataLossRefused'; readonly warnings: string[]; readonly appliedPending: string[] }
  | {
      readonly kind: 'done';
      /** Pending migrations applied before planning. */
      readonly appliedPending: string[];
      /** The new migration, or null when the schema needed no change. */
      readonly created: LocalMigration | null;
      /** Whether the new migration was applied (false with `createOnly`). */
      readonly appliedCreated: boolean;
      /** Data-loss warnings of the new migration (also in its header). */
      readonly warnings: string[];
    };

export async function migrateDev(options: MigrateDevOptions): Promise<MigrateDevResult> {
  const provider = providerOf(options.schema);
  const dialect = ddlDialectFor(provider);
  const local = readMigrationsDir(options.migrationsDir);
  const status = migrationStatus(local, await readAppliedMigrations(options.connection, dialect));
  const applied = local.filter((m) => status.applied.includes(m.name));
  const history = await replayMigrations(options.shadow, provider, applied);
  const live = await dialect.introspect(options.connection);
  const drift = diff(history, live);
  if (drift.length > 0 || status.modified.length > 0 || status.missingLocally.length > 0 || status.failed.length > 0) {
    return { kind: 'drift', statements: drift, modified: status.modified, missingLocally: status.missingLocally, failed: status.failed.map((m) => m.name) };
  }
  const appliedPending = (await deployMigrations({ connection: options.connection, provider, migrations: local })).applied;
  const current = await dialect.introspect(options.connection);
  const target = describeSchema(options.schema, dialect);
  const statements = diff(current, target);
  if (statements.length === 0) return { kind: 'done', appliedPending, created: null, appliedCreated: false, warnings: [] };
  const checks = dataLossChecks(statements, current);
  const onData = await evaluateDataLoss(checks, options.connection, dialect);
  if (onData.unexecutable.length > 0 && options.createOnly !== true) return { kind: 'unexecutable', messages: onData.unexecutable, appliedPending };
  const { warnings } = describeDataLoss(checks);
  if (warnings.length > 0 && options.createOnly !== true && options.confirmDataLoss !== undefined && !(await options.confirmDataLoss(warnings))) {
    return { kind: 'dataLossRefused', warnings, appliedPending };
  }
  const script = renderMigrationScript(statements, provider, warnings);
  const downScript = renderDownScript(target, current, provider);
  const created = writeMigration({ dir: options.migrationsDir, name: options.name, script, provider, downScript, now: nextTimestamp(local, options.now ?? new Date()) });
  if (options.createOnly === true) return { kind: 'done', appliedPending, created, appliedCreated: false, warnings };
  await deployMigrations({ connection: options.connection, provider, migrations: [...local, created] });
  return { kind: 'done', appliedPending, created, appliedCreated: true, warnings };
}

/** `now`, or one second after the newest migration when that is not earlier: folders must sort in order. */
function nextTimestamp(local: readonly LocalMigration[], now: Date): Date {
  const last = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(local.at(-1)?.name ?? '');
  if (last === null) return now;
  const [, y, mo, d, h, mi, se] = last.map(Number);
  const after = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, (se ?? 0) + 1));
  return now.getTime() >= after.getTime() ? now : after;
}
