/**
 * SQLite changes a table's columns, primary key or foreign keys by rebuilding it, as Prisma does:
 * foreign keys off (and deferred), CREATE TABLE "new_X", copy the columns both versions share, drop
 * the old table, rename, recreate its indexes; then foreign keys back on. Beyond Prisma (whose rebuild
 * loses them), CHECK constraints added by hand are written into the new table.
 */
import type { TableRedefinition } from '../../ddl/statements.js';
import { keptChecks, quoteDoubleQuoted as q } from '../../ddl/helpers.js';
import { renderCreateIndex } from './create-index.js';
import { renderCreateTable } from './create-table.js';

export function renderRedefineTables(tables: readonly TableRedefinition[]): string {
  const lines = ['PRAGMA defer_foreign_keys=ON;', 'PRAGMA foreign_keys=OFF;'];
  for (const { from, to } of tables) {
    const temporary = `new_${to.name}`;
    lines.push(renderCreateTable(to, temporary, keptChecks({ from, to })));
    const previous = new Set(from.columns.map((c) => c.name));
    // Prisma lists the copied columns sorted by name.
    const shared = to.columns.map((c) => c.name).filter((name) => previous.has(name)).sort();
    if (shared.length > 0) {
      const list = shared.map(q).join(', ');
      lines.push(`INSERT INTO ${q(temporary)} (${list}) SELECT ${list} FROM ${q(from.name)};`);
    }
    lines.push(`DROP TABLE ${q(from.name)};`);
    lines.push(`ALTER TABLE ${q(temporary)} RENAME TO ${q(to.name)};`);
    for (const index of to.indexes) lines.push(renderCreateIndex(to, index));
  }
  lines.push('PRAGMA foreign_keys=ON;', 'PRAGMA defer_foreign_keys=OFF;');
  return lines.join('\n');
}

