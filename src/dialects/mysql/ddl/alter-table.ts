/**
 * MySQL ALTER TABLE: all of one table's changes in one statement, clauses in Prisma's order (drop
 * primary key, drop columns, add columns, modify columns, add primary key). A changed column is
 * restated whole with MODIFY: MySQL has no ALTER COLUMN ... TYPE.
 */
import type { DbTable } from '../../ddl/description.js';
import type { TableChange } from '../../ddl/statements.js';
import { assertNever } from '../../../shared/internal-error.js';
import { primaryKeySql, renderColumn } from './create-table.js';
import { q, tableName } from './names.js';

export function renderAlterTable(to: DbTable, changes: readonly TableChange[]): string {
  const clauses = changes.map((change): string => {
    switch (change.kind) {
      case 'dropPrimaryKey':
        return 'DROP PRIMARY KEY';
      case 'addPrimaryKey':
        return `ADD ${primaryKeySql(change.primaryKey)}`;
      case 'dropColumn':
        return `DROP COLUMN ${q(change.column.name)}`;
      case 'addColumn':
        return `ADD COLUMN ${renderColumn(change.column)}`;
      case 'alterColumn':
        return `MODIFY ${renderColumn(change.to)}`;
      default:
        return assertNever(change, 'table change');
    }
  });
  return clauses.length === 0 ? '' : `ALTER TABLE ${tableName(to)} ${clauses.join(',\n    ')};`;
}
