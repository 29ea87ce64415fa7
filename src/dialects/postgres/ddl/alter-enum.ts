/**
 * Enum changes as Prisma writes them: added values by `ALTER TYPE ... ADD VALUE`; removed values by
 * swapping every column to a new type (`X_new`) inside a transaction, then renaming it over the old.
 */
import { quoteDoubleQuoted as q, sqlStringLiteral } from '../../ddl/helpers.js';
import type { DdlStatement } from '../../ddl/statements.js';
import { qualified, tableName } from './names.js';

type AlterEnum = Extract<DdlStatement, { kind: 'alterEnum' }>;

const MANY_VALUES_NOTE = [
  '-- This migration adds more than one value to an enum.',
  '-- With PostgreSQL versions 11 and earlier, this is not possible',
  '-- in a single migration. This can be worked around by creating',
  '-- multiple migrations, each migration adding only one value to',
  '-- the enum.',
  '',
  '',
].join('\n');

export function renderAlterEnum(statement: AlterEnum): string {
  const type = qualified(statement.to.name, statement.to.schema);
  // ADD VALUE can only insert; when the kept values changed order too (a down script restoring an
  // older order), the type is rebuilt like a removal so the catalog comes back exactly.
  const reordered = statement.placeAddedValues === true && !sameRelativeOrder(statement.from.values, statement.to.values);
  if (statement.removedValues.length === 0 && !reordered) {
    const adds = statement.addedValues.map((v) => `ALTER TYPE ${type} ADD VALUE ${sqlStringLiteral(v)}${placement(statement, v)};`).join('\n');
    return statement.addedValues.length > 1 ? `${MANY_VALUES_NOTE}\n${adds}` : adds;
  }
  const name = statement.to.name;
  const schema = statement.to.schema;
  const fresh = qualified(`${name}_new`, schema);
  const lines = ['BEGIN;', `CREATE TYPE ${fresh} AS ENUM (${statement.to.values.map(sqlStringLiteral).join(', ')});`];
  for (const { table, column } of statement.usages) {
    if (column.default !== null) lines.push(`ALTER TABLE ${tableName(table)} ALTER COLUMN ${q(column.name)} DROP DEFAULT;`);
    const target = column.isList ? `${fresh}[]` : fresh;
    lines.push(`ALTER TABLE ${tableName(table)} ALTER COLUMN ${q(column.name)} TYPE ${target} USING (${q(column.name)}::text::${target});`);
  }
  lines.push(`ALTER TYPE ${type} RENAME TO ${q(`${name}_old`)};`, `ALTER TYPE ${fresh} RENAME TO ${q(name)};`, `DROP TYPE ${qualified(`${name}_old`, schema)};`);
  for (const { table, column, defaultAfter } of statement.usages) {
    if (column.default !== null && defaultAfter !== null) lines.push(`ALTER TABLE ${tableName(table)} ALTER COLUMN ${q(column.name)} SET DEFAULT ${defaultAfter};`);
  }
  lines.push('COMMIT;');
  return lines.join('\n');
}

/** ` BEFORE 'next'` when asked to keep `to`'s order and a value that exists already follows this one. */
function placement(statement: AlterEnum, value: string): string {
  if (statement.placeAddedValues !== true) return '';
  const values = statement.to.values;
  const existing = new Set(statement.from.values);
  const next = values.slice(values.indexOf(value) + 1).find((v) => existing.has(v));
  return next === undefined ? '' : ` BEFORE ${sqlStringLiteral(next)}`;
}

/** Do the values present in both lists come in the same order in each? */
function sameRelativeOrder(from: readonly string[], to: readonly string[]): boolean {
  const inTo = new Set(to);
  const inFrom = new Set(from);
  const a = from.filter((v) => inTo.has(v));
  const b = to.filter((v) => inFrom.has(v));
  return a.every((v, i) => v === b[i]);
}
