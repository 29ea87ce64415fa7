/**
 * Data-loss checks: what in a list of statements can lose data or fail on existing rows, and the
 * messages Prisma prints for them. Offline (`migrate dev` writing a file) the messages are conditional;
 * against a live database (`db push`) the rows are counted and only real problems are reported.
 * "Unexecutable" steps cannot succeed on the current data (a required column without default added to
 * a non-empty table); warnings are losses the user may accept (`--accept-data-loss`).
 */
import type { DdlDialect } from '../dialects/ddl/dialect.js';
import type { DbColumn, DbEnum, DbIndex, DbSchema, DbTable } from '../dialects/ddl/description.js';
import type { DdlStatement, TableRedefinition } from '../dialects/ddl/statements.js';
import type { Queryable } from '../dialects/driver.js';
import { assertNever } from '../shared/internal-error.js';
import { columnChanges, samePrimaryKey } from './diff/compare.js';

export type DataLossCheck =
  | { readonly kind: 'dropTable'; readonly table: DbTable }
  | { readonly kind: 'dropColumn'; readonly table: DbTable; readonly column: DbColumn }
  | { readonly kind: 'addRequiredColumn'; readonly table: DbTable; readonly column: DbColumn }
  | { readonly kind: 'makeRequired'; readonly table: DbTable; readonly column: DbColumn }
  | { readonly kind: 'changeType'; readonly table: DbTable; readonly from: DbColumn; readonly to: DbColumn }
  | { readonly kind: 'addUnique'; readonly table: DbTable; readonly index: DbIndex }
  | { readonly kind: 'changePrimaryKey'; readonly table: DbTable }
  | { readonly kind: 'removeEnumValues'; readonly enum: DbEnum; readonly values: readonly string[] };

export interface DataLossReport {
  readonly warnings: string[];
  readonly unexecutable: string[];
}

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
  return checks;
}

/** Counts rows where needed and keeps only the checks that apply to the data in `db`. */
export async function evaluateDataLoss(checks: readonly DataLossCheck[], db: Queryable, dialect: DdlDialect): Promise<DataLossReport> {
  const report: DataLossReport = { warnings: [], unexecutable: [] };
  const q = dialect.quoteIdentifier;
  const tableSql = (t: DbTable): string => (t.schema === null ? q(t.name) : `${q(t.schema)}.${q(t.name)}`);
  const count = async (t: DbTable, where = ''): Promise<number> => {
    const result = await db.query({ sql: `SELECT COUNT(*) FROM ${tableSql(t)}${where}`, params: [] });
    return Number(result.rows[0]?.[0] ?? 0);
  };
  for (const check of checks) {
    switch (check.kind) {
      case 'dropTable': {
        const rows = await count(check.table);
        if (rows > 0) report.warnings.push(`You are about to drop the \`${check.table.name}\` table, which is not empty (${rows} rows).`);
        break;
      }
      case 'dropColumn': {
        const values = await count(check.table, ` WHERE ${q(check.column.name)} IS NOT NULL`);
        if (values > 0) report.warnings.push(`You are about to drop the column \`${check.column.name}\` on the \`${check.table.name}\` table, which still contains ${values} non-null values.`);
        break;
      }
      case 'addRequiredColumn': {
        const rows = await count(check.table);
        if (rows > 0) {
          report.unexecutable.push(
            `Added the required column \`${check.column.name}\` to the \`${check.table.name}\` table without a default value. There are ${rows} rows in this table, it is not possible to execute this step.`,
          );
        }
        break;
      }
      case 'makeRequired': {
        const nulls = await count(check.table, ` WHERE ${q(check.column.name)} IS NULL`);
        if (nulls > 0) report.unexecutable.push(`Made the column \`${check.column.name}\` on table \`${check.table.name}\` required, but there are ${nulls} existing NULL values.`);
        break;
      }
      case 'changeType': {
        const values = await count(check.table, ` WHERE ${q(check.from.name)} IS NOT NULL`);
        if (values > 0) {
          report.warnings.push(
            `You are about to alter the column \`${check.from.name}\` on the \`${check.table.name}\` table, which contains ${values} non-null values. The data in that column will be cast from \`${check.from.type}\` to \`${check.to.type}\`.`,
          );
        }
        break;
      }
      case 'addUnique': {
        if ((await count(check.table)) > 0) report.warnings.push(uniqueMessage(check.table, check.index));
        break;
      }
      case 'changePrimaryKey': {
        if ((await count(check.table)) > 0) report.warnings.push(primaryKeyMessage(check.table));
        break;
      }
      case 'removeEnumValues':
        report.warnings.push(enumMessage(check.enum, check.values));
        break;
      default:
        assertNever(check, 'data-loss check');
    }
  }
  return report;
}

/** The messages for a migration file written without looking at data (`migrate dev --create-only`). */
export function describeDataLoss(checks: readonly DataLossCheck[]): DataLossReport {
  const report: DataLossReport = { warnings: [], unexecutable: [] };
  for (const check of checks) {
    switch (check.kind) {
      case 'dropTable':
        report.warnings.push(`You are about to drop the \`${check.table.name}\` table. If the table is not empty, all the data it contains will be lost.`);
        break;
      case 'dropColumn':
        report.warnings.push(`You are about to drop the column \`${check.column.name}\` on the \`${check.table.name}\` table. All the data in the column will be lost.`);
        break;
      case 'addRequiredColumn':
        report.warnings.push(`Added the required column \`${check.column.name}\` to the \`${check.table.name}\` table without a default value. This is not possible if the table is not empty.`);
        break;
      case 'makeRequired':
        report.warnings.push(`Made the column \`${check.column.name}\` on table \`${check.table.name}\` required. This step will fail if there are existing NULL values in that column.`);
        break;
      case 'changeType':
        report.warnings.push(
          `You are about to alter the column \`${check.from.name}\` on the \`${check.table.name}\` table. The data in that column could be lost. The data in that column will be cast from \`${check.from.type}\` to \`${check.to.type}\`.`,
        );
        break;
      case 'addUnique':
        report.warnings.push(uniqueMessage(check.table, check.index));
        break;
      case 'changePrimaryKey':
        report.warnings.push(primaryKeyMessage(check.table));
        break;
      case 'removeEnumValues':
        report.warnings.push(enumMessage(check.enum, check.values));
        break;
      default:
        assertNever(check, 'data-loss check');
    }
  }
  return report;
}

function uniqueMessage(table: DbTable, index: DbIndex): string {
  return `A unique constraint covering the columns \`[${index.columns.map((c) => c.name).join(',')}]\` on the table \`${table.name}\` will be added. If there are existing duplicate values, this will fail.`;
}

function primaryKeyMessage(table: DbTable): string {
  return `The primary key for the \`${table.name}\` table will be changed. If it partially fails, the table could be left without primary key constraint.`;
}

function enumMessage(e: DbEnum, values: readonly string[]): string {
  return `The values [${values.join(',')}] on the enum \`${e.name}\` will be removed. If these variants are still used in the database, this will fail.`;
}
