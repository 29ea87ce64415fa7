/**
 * The differ: two database descriptions -> the DDL statements that turn the first into the second, in
 * the order Prisma runs them. Where the dialect cannot alter a table in place (SQLite), every change
 * to a table's columns, primary key or foreign keys becomes one table redefinition.
 */
import type { DbEnum, DbSchema, DbTable } from '../../dialects/ddl/description.js';
import { STATEMENT_ORDER } from '../../dialects/ddl/statements.js';
import type { DdlStatement, EnumUsage, TableRedefinition } from '../../dialects/ddl/statements.js';
import { ddlDialectFor } from '../dialects.js';
import { diffTable } from './diff-table.js';

export function diff(from: DbSchema, to: DbSchema): DdlStatement[] {
  const dialect = ddlDialectFor(to.provider);
  const capabilities = dialect.capabilities;
  const statements: DdlStatement[] = [
    ...to.namespaces.filter((name) => !from.namespaces.includes(name)).map((name): DdlStatement => ({ kind: 'createSchema', name })),
    ...diffEnums(from, to),
  ];
  const redefinitions: TableRedefinition[] = [];
  const previous = new Map(from.tables.map((t) => [tableKey(t), t]));
  const next = new Set(to.tables.map(tableKey));

  for (const table of to.tables) {
    const old = previous.get(tableKey(table));
    if (old === undefined) {
      statements.push({ kind: 'createTable', table });
      if (capabilities.inlineIndexes !== true) for (const index of table.indexes) statements.push({ kind: 'createIndex', table, index });
      if (!capabilities.inlineForeignKeys) for (const foreignKey of table.foreignKeys) statements.push({ kind: 'addForeignKey', table, foreignKey });
      continue;
    }
    const result = diffTable(old, table, dialect);
    statements.push(...result.statements);
    if (result.redefinition !== null) redefinitions.push(result.redefinition);
  }

  const dropped = from.tables.filter((t) => !next.has(tableKey(t))).sort(byName);
  for (const table of dropped) {
    // Where foreign keys are separate constraints, they go first so tables drop in any order.
    if (!capabilities.inlineForeignKeys) for (const foreignKey of table.foreignKeys) statements.push({ kind: 'dropForeignKey', table, foreignKey });
    statements.push({ kind: 'dropTable', table });
  }
  if (redefinitions.length > 0) statements.push({ kind: 'redefineTables', tables: redefinitions.sort((a, b) => byName(a.to, b.to)) });
  return sortStatements(statements);
}

function diffEnums(fromSchema: DbSchema, toSchema: DbSchema): DdlStatement[] {
  const from = fromSchema.enums;
  const to = toSchema.enums;
  const key = (e: DbEnum): string => `${e.schema ?? ''}\u0000${e.name}`;
  const previous = new Map(from.map((e) => [key(e), e]));
  const next = new Set(to.map(key));
  const targetTables = new Map(toSchema.tables.map((t) => [tableKey(t), t]));
  const usagesOf = (e: DbEnum): EnumUsage[] =>
    fromSchema.tables.flatMap((table) =>
      table.columns
        .filter((column) => column.enumName === e.name)
        .map((column) => ({ table, column, defaultAfter: targetTables.get(tableKey(table))?.columns.find((c) => c.name === column.name)?.default ?? null })),
    );
  const statements: DdlStatement[] = [];
  for (const e of to) {
    const old = previous.get(key(e));
    if (old === undefined) {
      statements.push({ kind: 'createEnum', enum: e });
      continue;
    }
    const addedValues = e.values.filter((v) => !old.values.includes(v));
    const removedValues = old.values.filter((v) => !e.values.includes(v));
    // Usages even when values are only added: a down script that restores the order rebuilds the type too.
    if (addedValues.length > 0 || removedValues.length > 0) statements.push({ kind: 'alterEnum', from: old, to: e, addedValues, removedValues, usages: usagesOf(old) });
  }
  for (const e of from) if (!next.has(key(e))) statements.push({ kind: 'dropEnum', enum: e });
  return statements;
}

/** Stable sort by Prisma's step order. */
function sortStatements(statements: DdlStatement[]): DdlStatement[] {
  const rank = (s: DdlStatement): number => STATEMENT_ORDER.indexOf(s.kind);
  return statements.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
}

export function tableKey(table: DbTable): string {
  return `${table.schema ?? ''}\u0000${table.name}`;
}

function byName(a: DbTable, b: DbTable): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
