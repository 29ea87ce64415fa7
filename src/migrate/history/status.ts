/** Local migrations against the database's history: what is applied, pending, failed, edited or unknown. */
import type { LocalMigration } from './migrations-dir.js';
import { checksumMatches } from './migrations-dir.js';
import type { AppliedMigration } from './migrations-table.js';

export interface MigrationStatus {
  /** Local migrations not yet applied, in order. */
  readonly pending: readonly LocalMigration[];
  /** Applied migrations (finished, not rolled back), by name. */
  readonly applied: readonly string[];
  /** Started but neither finished nor rolled back: block deploys (Prisma's P3009). */
  readonly failed: readonly AppliedMigration[];
  /** Applied migrations whose local script changed since. */
  readonly modified: readonly string[];
  /** Applied in the database but missing from the migrations folder. */
  readonly missingLocally: readonly string[];
}

export function migrationStatus(local: readonly LocalMigration[], history: readonly AppliedMigration[]): MigrationStatus {
  const done = history.filter((m) => m.finished && !m.rolledBack);
  const doneNames = new Set(done.map((m) => m.name));
  const localNames = new Set(local.map((m) => m.name));
  return {
    pending: local.filter((m) => !doneNames.has(m.name)),
    applied: done.map((m) => m.name),
    failed: history.filter((m) => !m.finished && !m.rolledBack),
    modified: done.filter((m) => {
      const file = local.find((l) => l.name === m.name);
      return file !== undefined && !checksumMatches(file.script, m.checksum);
    }).map((m) => m.name),
    missingLocally: done.filter((m) => !localNames.has(m.name)).map((m) => m.name),
  };
}
