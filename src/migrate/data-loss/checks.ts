/** The data-loss checks a list of statements calls for, read off the statements alone. */
import type { DbColumn, DbSchema, DbTable } from '../../dialects/ddl/description.js';
import type { DdlStatement, TableRedefinition } from '../../dialects/ddl/statements.js';
import { keptChecks } from '../../dialects/ddl/helpers.js';
import { assertNever } from '../../shared/internal-error.js';
import { columnChanges, samePrimaryKey } from '../diff/compare.js';
import type { DataLossCheck } from './types.js';

/** The checks `statements` (a diff from `from`) call for. `table` is always the table as it is now. */
export function dataLossChecks(statements: readonly DdlStatement[], from: DbSchema): DataLossCheck[] {
  const existing = (t: DbTable): DbTable | undefined => from.tables.find((x) => x.name === t.name && x.schema === t.schema);
  const checks: DataLossCheck[] = [];
  for (const statement of statements) {
    switch (statement.kind) {
      case 'dropTable':
        checks.push({ kind: 'dropTable', table: statement.table });
        break;
      case 'alterTable': {
        const table = statement.from;
        let keyChanged = false;
        for (const change of statement.changes) {
          switch (change.kind) {
            case 'dropColumn':
              checks.push({ kind: 'dropColumn', table, column: change.column });
              break;
            case 'addColumn':
              if (requiresValue(change.column)) checks.push({ kind: 'addRequiredColumn', table, column: change.column });
              break;
            case 'alterColumn':
              checks.push(...alteredColumnChecks(table, change.from, change.to));
              break;
            case 'dropPrimaryKey':
            case 'addPrimaryKey':
              keyChanged = true;
              break;
            default:
              assertNever(change, 'table change');
          }
        }
        if (keyChanged && table.primaryKey !== null) checks.push({ kind: 'changePrimaryKey', table });
        break;
      }
      case 'redefineTables':
        for (const redefinition of statement.tables) checks.push(...redefinitionChecks(redefinition));
        break;
      case 'createIndex': {
        const table = existing(statement.table);
        if (statement.index.unique && table !== undefined) checks.push({ kind: 'addUnique', table, index: statement.index });
        break;
      }
      case 'alterEnum':
        if (statement.removedValues.length > 0) checks.push({ kind: 'removeEnumValues', enum: statement.from, values: statement.removedValues });
        break;
      case 'createSchema':
      case 'createEnum':
      case 'dropEnum':
      case 'createTable':
      case 'dropIndex':
      case 'dropForeignKey':
      case 'addForeignKey':
      case 'renameForeignKey':
      case 'renameIndex':
        break;
      default:
        assertNever(statement, 'DDL statement');
    }
  }
  return checks;
}

function requiresValue(column: DbColumn): boolean {
  return !column.nullable && column.default === null && !column.autoincrement;
}

function alteredColumnChecks(table: DbTable, from: DbColumn, to: DbColumn): DataLossCheck[] {
  const changes = columnChanges(from, to);
  const checks: DataLossCheck[] = [];
  if (changes.includes('type')) checks.push({ kind: 'changeType', table, from, to });
  if (changes.includes('nullability') && !to.nullable) checks.push({ kind: 'makeRequired', table, column: to });
  return checks;
}

function redefinitionChecks({ from, to }: TableRedefinition): DataLossCheck[] {
  const checks: DataLossCheck[] = [];
  const next = new Map(to.columns.map((c) => [c.name, c]));
  const previous = new Map(from.columns.map((c) => [c.name, c]));
  for (const column of from.columns) {
    const now = next.get(column.name);
    if (now === undefined) checks.push({ kind: 'dropColumn', table: from, column });
    else checks.push(...alteredColumnChecks(from, column, now));
  }
  for (const column of to.columns) if (!previous.has(column.name) && requiresValue(column)) checks.push({ kind: 'addRequiredColumn', table: from, column });
  if (from.primaryKey !== null && !samePrimaryKey(from.primaryKey, to.primaryKey)) checks.push({ kind: 'changePrimaryKey', table: from });
  for (const index of to.indexes) {
    if (index.unique && !from.indexes.some((i) => i.name === index.name && i.unique)) checks.push({ kind: 'addUnique', table: from, index });
  }
  const kept = keptChecks({ from, to });
  for (const check of from.checks ?? []) {
    if (kept.includes(check) || to.checks !== undefined) continue;
    checks.push({ kind: 'dropCheck', table: from, check, missing: check.columns.filter((c) => !next.has(c)) });
  }
  return checks;
}
