/** One DDL statement to SQLite SQL, with the `-- Comment` word Prisma heads each step with. */
import type { RenderedStep } from '../../ddl/dialect.js';
import { DdlError } from '../../ddl/errors.js';
import { quoteDoubleQuoted as q } from '../../ddl/helpers.js';
import type { DdlStatement } from '../../ddl/statements.js';
import { assertNever } from '../../../shared/internal-error.js';
import { renderCreateIndex, renderDropIndex } from './create-index.js';
import { renderColumn, renderCreateTable } from './create-table.js';
import { renderRedefineTables } from './redefine-tables.js';

export function renderSqliteStatement(statement: DdlStatement): RenderedStep {
  switch (statement.kind) {
    case 'createTable':
      return { comment: 'CreateTable', sql: renderCreateTable(statement.table) };
    case 'dropTable':
      // Other tables may still reference it; Prisma turns enforcement off around the drop.
      return { comment: 'DropTable', sql: `PRAGMA foreign_keys=off;\nDROP TABLE ${q(statement.table.name)};\nPRAGMA foreign_keys=on;` };
    case 'createIndex':
      return { comment: 'CreateIndex', sql: renderCreateIndex(statement.table, statement.index) };
    case 'dropIndex':
      return { comment: 'DropIndex', sql: renderDropIndex(statement.index) };
    case 'redefineTables':
      return { comment: 'RedefineTables', sql: renderRedefineTables(statement.tables) };
    case 'alterTable': {
      // The differ sends SQLite only column additions here; everything else is a redefinition.
      const lines = statement.changes.map((change) => {
        if (change.kind !== 'addColumn') throw new DdlError(`SQLite cannot ${change.kind} in ALTER TABLE; the table must be redefined`);
        return `ALTER TABLE ${q(statement.to.name)} ADD COLUMN ${renderColumn(change.column, false)};`;
      });
      return { comment: 'AlterTable', sql: lines.join('\n') };
    }
    case 'createSchema':
      throw new DdlError('SQLite has no schemas');
    case 'createEnum':
    case 'alterEnum':
    case 'dropEnum':
      throw new DdlError('SQLite has no enum types');
    case 'renameIndex':
    case 'renameForeignKey':
      throw new DdlError('SQLite cannot rename indexes or constraints; they are dropped and recreated');
    case 'addForeignKey':
    case 'dropForeignKey':
      throw new DdlError('SQLite changes foreign keys only by redefining the table');
    default:
      return assertNever(statement, 'DDL statement');
  }
}
