/**
 * A migration's `down.sql`: the reverse diff, from what the migration builds back to what was there
 * before, with the same data-loss warnings header `migration.sql` carries (in comments). Where Prisma's
 * forward steps would not restore the order the catalog had (a column re-added at the end on SQLite,
 * an enum value re-added at the end on PostgreSQL), the down script puts things back in place.
 */
import type { DbSchema } from '../../dialects/ddl/description.js';
import type { DdlStatement } from '../../dialects/ddl/statements.js';
import { dataLossChecks, describeDataLoss } from '../data-loss/index.js';
import { ddlDialectFor } from '../dialects.js';
import { diff } from '../diff/diff.js';
import { renderMigrationScript } from '../render.js';

export function renderDownScript(after: DbSchema, before: DbSchema, provider: string): string {
  const redefines = ddlDialectFor(provider).capabilities.redefinesTables;
  const forward = diff(after, before);
  const placed = forward.map((s) => inPlace(s, redefines));
  // A table rebuilt here (it was an ALTER TABLE) re-creates its indexes itself.
  const rebuilt = new Set(placed.flatMap((s, i) => (s.kind === 'redefineTables' && forward[i]?.kind === 'alterTable' ? s.tables.map((t) => t.to.name) : [])));
  const statements = placed.filter((s) => s.kind !== 'createIndex' || !rebuilt.has(s.table.name));
  if (statements.length === 0) return '-- This is an empty migration.\n';
  const { warnings } = describeDataLoss(dataLossChecks(statements, after));
  return renderMigrationScript(statements, provider, warnings);
}

function inPlace(statement: DdlStatement, redefines: boolean): DdlStatement {
  if (statement.kind === 'alterEnum') return { ...statement, placeAddedValues: true };
  if (statement.kind === 'alterTable' && redefines && !addsOnlyAtTheEnd(statement)) {
    // SQLite's ADD COLUMN appends; a rebuilt table has the columns in their old order.
    return { kind: 'redefineTables', tables: [{ from: statement.from, to: statement.to }] };
  }
  return statement;
}

function addsOnlyAtTheEnd(statement: Extract<DdlStatement, { kind: 'alterTable' }>): boolean {
  const added = new Set(statement.changes.flatMap((c) => (c.kind === 'addColumn' ? [c.column.name] : [])));
  if (added.size === 0) return true;
  const names = statement.to.columns.map((c) => c.name);
  return names.slice(names.length - added.size).every((n) => added.has(n));
}
