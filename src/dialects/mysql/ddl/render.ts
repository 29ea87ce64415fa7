/** One DDL statement to MySQL SQL, with Prisma's `-- Comment` word for the step. */
import type { RenderedStep } from '../../ddl/dialect.js';
import { DdlError } from '../../ddl/errors.js';
import type { DdlStatement } from '../../ddl/statements.js';
import { assertNever } from '../../../shared/internal-error.js';
import { renderAlterTable } from './alter-table.js';
import { foreignKeyName, renderAddForeignKey, renderCreateIndex, renderCreateTable } from './create-table.js';
import { q, tableName } from './names.js';

export function renderMysqlStatement(statement: DdlStatement): RenderedStep {
  switch (statement.kind) {
    case 'createSchema':
      throw new DdlError('MySQL has no schemas inside a database (multiSchema is PostgreSQL only)');
    case 'createEnum':
    case 'alterEnum':
    case 'dropEnum':
      throw new DdlError('MySQL enums are column types (ENUM(...)), never separate types');
    case 'createTable':
      return { comment: 'CreateTable', sql: renderCreateTable(statement.table) };
    case 'dropTable':
      return { comment: 'DropTable', sql: `DROP TABLE ${tableName(statement.table)};` };
    case 'alterTable':
      return { comment: 'AlterTable', sql: renderAlterTable(statement.to, statement.changes) };
    case 'createIndex':
      return { comment: 'CreateIndex', sql: renderCreateIndex(statement.table, statement.index) };
    case 'dropIndex':
      return { comment: 'DropIndex', sql: `DROP INDEX ${q(statement.index.name)} ON ${tableName(statement.table)};` };
    case 'addForeignKey':
      return { comment: 'AddForeignKey', sql: renderAddForeignKey(statement.table, statement.foreignKey) };
    case 'dropForeignKey':
      return { comment: 'DropForeignKey', sql: `ALTER TABLE ${tableName(statement.table)} DROP FOREIGN KEY ${q(foreignKeyName(statement.table, statement.foreignKey))};` };
    case 'renameForeignKey': {
      // MySQL cannot rename a foreign key: drop it and add it under the new name.
      const drop = `ALTER TABLE ${tableName(statement.table)} DROP FOREIGN KEY ${q(foreignKeyName(statement.table, statement.from))};`;
      return { comment: 'RenameForeignKey', sql: `${drop}\n${renderAddForeignKey(statement.table, statement.to)}` };
    }
    case 'renameIndex':
      return { comment: 'RenameIndex', sql: `ALTER TABLE ${tableName(statement.table)} RENAME INDEX ${q(statement.from.name)} TO ${q(statement.to.name)};` };
    case 'redefineTables':
      throw new DdlError('MySQL alters tables in place; it never redefines them');
    default:
      return assertNever(statement, 'DDL statement');
  }
}
