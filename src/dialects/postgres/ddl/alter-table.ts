/**
 * PostgreSQL ALTER TABLE: all of one table's changes in one statement, one clause per line, in Prisma's
 * order (drop primary key, drop columns, add columns, alter columns, add primary key). A column that
 * becomes autoincrement gets its sequence created first and owned by it afterwards.
 */
import type { DbColumn, DbTable } from '../../ddl/description.js';
import { quoteDoubleQuoted as q } from '../../ddl/helpers.js';
import type { TableChange } from '../../ddl/statements.js';
import { assertNever } from '../../../shared/internal-error.js';
import { columnType, renderColumn } from './create-table.js';
import { tableName } from './names.js';

export function renderAlterTable(from: DbTable, to: DbTable, changes: readonly TableChange[]): string {
  const before: string[] = [];
  const after: string[] = [];
  const clauses = changes.flatMap((change): string[] => {
    switch (change.kind) {
      case 'dropPrimaryKey':
        return [`DROP CONSTRAINT ${q(change.primaryKey.name ?? `${from.name}_pkey`)}`];
      case 'addPrimaryKey':
        return [`ADD CONSTRAINT ${q(change.primaryKey.name ?? `${to.name}_pkey`)} PRIMARY KEY (${change.primaryKey.columns.map((c) => q(c.name)).join(',')})`];
      case 'dropColumn':
        return [`DROP COLUMN ${q(change.column.name)}`];
      case 'addColumn':
        // Prisma pads ADD COLUMN with five spaces.
        return [`ADD COLUMN     ${renderColumn(change.column)}`];
      case 'alterColumn':
        return alterColumn(to, change.from, change.to, before, after);
      default:
        return assertNever(change, 'table change');
    }
  });
  const statement = clauses.length === 0 ? [] : [`ALTER TABLE ${tableName(to)} ${clauses.join(',\n')};`];
  return [...before, ...statement, ...after].join('\n');
}

function alterColumn(table: DbTable, from: DbColumn, to: DbColumn, before: string[], after: string[]): string[] {
  const column = `ALTER COLUMN ${q(to.name)}`;
  const clauses: string[] = [];
  const typeChanged = from.type.toUpperCase() !== to.type.toUpperCase() || from.isList !== to.isList || from.enumName !== to.enumName;
  const defaultChanged = from.default !== to.default || from.autoincrement !== to.autoincrement;
  const type = columnType({ ...to, autoincrement: false });
  const using = typeChanged ? usingClause(from, to, type) : '';
  // PostgreSQL converts the old default along with the column's type, and only by an assignment cast:
  // a conversion that needs USING ('x'::text to boolean) fails on the default ("default for column
  // cannot be cast automatically"). Such a column sheds its default first and gets the new one after.
  if (using !== '' && from.default !== null && !from.autoincrement) {
    clauses.push(`${column} DROP DEFAULT`);
    if (from.nullable !== to.nullable) clauses.push(to.nullable ? `${column} DROP NOT NULL` : `${column} SET NOT NULL`);
    clauses.push(`${column} SET DATA TYPE ${type}${using}`);
    if (to.default !== null && !to.autoincrement) clauses.push(`${column} SET DEFAULT ${to.default}`);
    return [...clauses, ...sequenceClauses(table, from, to, before, after)];
  }
  // Prisma's clause order: default, nullability, type, sequence.
  if (defaultChanged && !to.autoincrement) {
    if (to.default !== null) clauses.push(`${column} SET DEFAULT ${to.default}`);
    else if (from.default !== null || from.autoincrement) clauses.push(`${column} DROP DEFAULT`);
  }
  if (from.nullable !== to.nullable) clauses.push(to.nullable ? `${column} DROP NOT NULL` : `${column} SET NOT NULL`);
  if (typeChanged) clauses.push(`${column} SET DATA TYPE ${type}${using}`);
  return [...clauses, ...sequenceClauses(table, from, to, before, after)];
}

/** A column that becomes autoincrement: its sequence is created before the statement and owned after. */
function sequenceClauses(table: DbTable, from: DbColumn, to: DbColumn, before: string[], after: string[]): string[] {
  const column = `ALTER COLUMN ${q(to.name)}`;
  const clauses: string[] = [];
  if (to.autoincrement && !from.autoincrement) {
    const sequence = `${table.name}_${to.name}_seq`;
    before.push(`CREATE SEQUENCE ${q(sequence)};`);
    clauses.push(`${column} SET DEFAULT nextval('${q(sequence).replaceAll("'", "''")}')`);
    after.push(`ALTER SEQUENCE ${q(sequence)} OWNED BY ${tableName(table)}.${q(to.name)};`);
  }
  return clauses;
}

const NUMBERS = new Set(['int', 'bigint', 'float', 'decimal']);

/**
 * PostgreSQL converts numbers among themselves and anything into text by assignment casts (no `USING`,
 * as Prisma writes it); other conversions need an explicit `USING` cast (through text for enums).
 */
function usingClause(from: DbColumn, to: DbColumn, type: string): string {
  if (to.enumName !== null || from.enumName !== null) return ` USING (${q(to.name)}::text::${type})`;
  if (from.family === to.family || to.family === 'string' || (NUMBERS.has(from.family) && NUMBERS.has(to.family))) return '';
  return ` USING (${q(to.name)}::${type})`;
}
