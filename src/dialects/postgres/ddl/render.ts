/** One DDL statement to PostgreSQL SQL, with Prisma's `-- Comment` word for the step. */
import type { RenderedStep } from '../../ddl/dialect.js';
import { DdlError } from '../../ddl/errors.js';
import { quoteDoubleQuoted as q, sqlStringLiteral } from '../../ddl/helpers.js';
import type { DdlStatement } from '../../ddl/statements.js';
import { assertNever } from '../../../shared/internal-error.js';
import { renderAlterEnum } from './alter-enum.js';
import { renderAlterTable } from './alter-table.js';
import { renderAddForeignKey, renderCreateIndex, renderCreateTable } from './create-table.js';
import { qualified, tableName } from './names.js';

export function renderPostgresStatement(statement: DdlStatement): RenderedStep {
  switch (statement.kind) {
    case 'createSchema':
      return { comment: 'CreateSchema', sql: `CREATE SCHEMA IF NOT EXISTS ${q(statement.name)};` };
    case 'createEnum':
      return { comment: 'CreateEnum', sql: `CREATE TYPE ${qualified(statement.enum.name, statement.enum.schema)} AS ENUM (${statement.enum.values.map(sqlStringLiteral).join(', ')});` };
    case 'alterEnum':
      return { comment: 'AlterEnum', sql: renderAlterEnum(statement) };
    case 'dropEnum':
      return { comment: 'DropEnum', sql: `DROP TYPE ${qualified(statement.enum.name, statement.enum.schema)};` };
    case 'createTable':
      return { comment: 'CreateTable', sql: renderCreateTable(statement.table) };
    case 'dropTable':
      return { comment: 'DropTable', sql: `DROP TABLE ${tableName(statement.table)};` };
    case 'alterTable':
      return { comment: 'AlterTable', sql: renderAlterTable(statement.from, statement.to, statement.changes) };
    case 'createIndex':
      return { comment: 'CreateIndex', sql: renderCreateIndex(statement.table, statement.index) };
    case 'dropIndex':
      return { comment: 'DropIndex', sql: `DROP INDEX ${qualified(statement.index.name, statement.table.schema)};` };
    case 'addForeignKey':
      return { comment: 'AddForeignKey', sql: renderAddForeignKey(statement.table, statement.foreignKey) };
    case 'dropForeignKey': {
      const name = statement.foreignKey.name;
      if (name === null) throw new DdlError(`a foreign key on ${statement.table.name} has no name to drop it by`);
      return { comment: 'DropForeignKey', sql: `ALTER TABLE ${tableName(statement.table)} DROP CONSTRAINT ${q(name)};` };
    }
    case 'renameForeignKey': {
      const { from, to } = statement;
      if (from.name === null || to.name === null) throw new DdlError(`a foreign key on ${statement.table.name} has no name to rename it by`);
      return { comment: 'RenameForeignKey', sql: `ALTER TABLE ${tableName(statement.table)} RENAME CONSTRAINT ${q(from.name)} TO ${q(to.name)};` };
    }
    case 'renameIndex':
      return { comment: 'RenameIndex', sql: `ALTER INDEX ${qualified(statement.from.name, statement.table.schema)} RENAME TO ${q(statement.to.name)};` };
    case 'redefineTables':
      throw new DdlError('PostgreSQL alters tables in place; it never redefines them');
    default:
      return assertNever(statement, 'DDL statement');
  }
}
