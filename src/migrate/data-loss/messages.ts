/** Prisma's wording of data-loss warnings: conditional for migration files, and shared phrases. */
import type { DbCheck, DbEnum, DbIndex, DbTable } from '../../dialects/ddl/description.js';
import { assertNever } from '../../shared/internal-error.js';
import type { DataLossCheck, DataLossReport } from './types.js';

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
      case 'dropCheck':
        report.warnings.push(checkMessage(check.table, check.check, check.missing));
        break;
      default:
        assertNever(check, 'data-loss check');
    }
  }
  return report;
}

export function uniqueMessage(table: DbTable, index: DbIndex): string {
  return `A unique constraint covering the columns \`[${index.columns.map((c) => c.name).join(',')}]\` on the table \`${table.name}\` will be added. If there are existing duplicate values, this will fail.`;
}

export function primaryKeyMessage(table: DbTable): string {
  return `The primary key for the \`${table.name}\` table will be changed. If it partially fails, the table could be left without primary key constraint.`;
}

export function enumMessage(e: DbEnum, values: readonly string[]): string {
  return `The values [${values.join(',')}] on the enum \`${e.name}\` will be removed. If these variants are still used in the database, this will fail.`;
}

/** Our own wording (Prisma has no such warning: its SQLite rebuilds drop every CHECK constraint). */
export function checkMessage(table: DbTable, check: DbCheck, missing: readonly string[]): string {
  const which = check.name === null ? `\`CHECK (${check.expression})\`` : `\`${check.name}\``;
  return `The CHECK constraint ${which} on the \`${table.name}\` table will be dropped: it refers to the dropped column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `\`${c}\``).join(', ')}.`;
}
