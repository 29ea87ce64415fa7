/**
 * `_prisma_migrations`, the history Prisma keeps in the database: one row per migration attempt. A
 * row with `finished_at` set and `rolled_back_at` unset is applied; one with neither is a failure
 * that blocks further deploys until it is resolved. Values are inlined as literals (the table's
 * values are ours: uuids, checksums, folder names, error text) so no dialect placeholder is needed.
 */
import { randomUUID } from 'node:crypto';
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import { sqlStringLiteral } from '../../dialects/ddl/helpers.js';
import type { Queryable } from '../../dialects/driver.js';

export const MIGRATIONS_TABLE = '_prisma_migrations';

export interface AppliedMigration {
  readonly id: string;
  readonly name: string;
  readonly checksum: string;
  readonly finished: boolean;
  readonly rolledBack: boolean;
  readonly logs: string | null;
}

export async function migrationsTableExists(db: Queryable, dialect: DdlDialect): Promise<boolean> {
  // Introspection hides the history table, so ask for it directly (the same SQL works everywhere).
  try {
    await db.query({ sql: `SELECT 1 FROM ${dialect.quoteIdentifier(MIGRATIONS_TABLE)} WHERE 1 = 0`, params: [] });
    return true;
  } catch {
    return false;
  }
}

export async function ensureMigrationsTable(db: Queryable, dialect: DdlDialect): Promise<void> {
  if (!(await migrationsTableExists(db, dialect))) await db.executeScript(dialect.migrationsTableSql);
}

export async function readAppliedMigrations(db: Queryable, dialect: DdlDialect): Promise<AppliedMigration[]> {
  if (!(await migrationsTableExists(db, dialect))) return [];
  const q = dialect.quoteIdentifier;
  const result = await db.query({
    sql: `SELECT id, migration_name, checksum, finished_at, rolled_back_at, logs FROM ${q(MIGRATIONS_TABLE)} ORDER BY started_at, migration_name`,
    params: [],
  });
  return result.rows.map(([id, name, checksum, finishedAt, rolledBackAt, logs]) => ({
    id: String(id),
    name: String(name),
    checksum: String(checksum),
    finished: finishedAt !== null && finishedAt !== undefined,
    rolledBack: rolledBackAt !== null && rolledBackAt !== undefined,
    logs: logs === null || logs === undefined ? null : String(logs),
  }));
}

export async function recordStarted(db: Queryable, dialect: DdlDialect, name: string, checksum: string): Promise<string> {
  const id = randomUUID();
  await db.execute({
    sql: `INSERT INTO ${dialect.quoteIdentifier(MIGRATIONS_TABLE)} (id, checksum, migration_name, started_at, applied_steps_count) VALUES (${sqlStringLiteral(id)}, ${sqlStringLiteral(checksum)}, ${sqlStringLiteral(name)}, CURRENT_TIMESTAMP, 0)`,
    params: [],
  });
  return id;
}

export async function recordFinished(db: Queryable, dialect: DdlDialect, id: string): Promise<void> {
  await db.execute({
    sql: `UPDATE ${dialect.quoteIdentifier(MIGRATIONS_TABLE)} SET finished_at = CURRENT_TIMESTAMP, applied_steps_count = 1 WHERE id = ${sqlStringLiteral(id)}`,
    params: [],
  });
}

export async function recordFailed(db: Queryable, dialect: DdlDialect, id: string, logs: string): Promise<void> {
  await db.execute({ sql: `UPDATE ${dialect.quoteIdentifier(MIGRATIONS_TABLE)} SET logs = ${sqlStringLiteral(logs)} WHERE id = ${sqlStringLiteral(id)}`, params: [] });
}

/** `migrate resolve --rolled-back <name>`: marks the failed attempt(s) of a migration rolled back. */
export async function markRolledBack(db: Queryable, dialect: DdlDialect, name: string): Promise<number> {
  const result = await db.execute({
    sql: `UPDATE ${dialect.quoteIdentifier(MIGRATIONS_TABLE)} SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ${sqlStringLiteral(name)} AND finished_at IS NULL AND rolled_back_at IS NULL`,
    params: [],
  });
  return result.affectedRows;
}

/** `migrate resolve --applied <name>`: records a migration as applied without running it. */
export async function markApplied(db: Queryable, dialect: DdlDialect, name: string, checksum: string): Promise<void> {
  await ensureMigrationsTable(db, dialect);
  const id = await recordStarted(db, dialect, name, checksum);
  await recordFinished(db, dialect, id);
}
