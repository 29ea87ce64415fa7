/** Data-loss checks against live rows (`db push`, `migrate dev`): only problems the data really has. */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { DbTable } from '../../dialects/ddl/description.js';
import type { Queryable } from '../../dialects/driver.js';
import { assertNever } from '../../shared/internal-error.js';
import { checkMessage, enumMessage, primaryKeyMessage, uniqueMessage } from './messages.js';
import type { DataLossCheck, DataLossReport } from './types.js';

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
      case 'dropCheck':
        report.warnings.push(checkMessage(check.table, check.check, check.missing));
        break;
      default:
        assertNever(check, 'data-loss check');
    }
  }
  return report;
}
