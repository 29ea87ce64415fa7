/**
 * better-sqlite3's `SqliteError` -> `MappedError`. The error carries the extended result code as a
 * string (`code: 'SQLITE_CONSTRAINT_UNIQUE'`) and SQLite's message, which names the columns as
 * `Table.column` (`UNIQUE constraint failed: Post.slug, Post.lang`).
 */
import type { Constraint, MappedDriverError, MappedError } from '../mapped-error.js';
import { messageOf, stringProp } from './error-shape.js';

/** True for an error thrown by better-sqlite3 (its codes all start with `SQLITE_`). */
export function isSqliteError(error: unknown): boolean {
  const code = stringProp(error, 'code');
  return code !== null && code.startsWith('SQLITE_');
}

/** `UNIQUE constraint failed: User.email, User.name` -> fields; `... failed: index 'x'` -> index. */
function constraintFromMessage(message: string): Constraint | null {
  const colon = message.indexOf(': ');
  if (colon < 0) return null;
  const rest = message.slice(colon + 2).trim();
  const index = /^index '(.+)'$/.exec(rest);
  if (index) return { kind: 'index', index: index[1] ?? '' };
  const fields = rest.split(', ').map((part) => part.slice(part.lastIndexOf('.') + 1)).filter((f) => f.length > 0);
  return fields.length > 0 ? { kind: 'fields', fields } : null;
}

function map(code: string, message: string): MappedError {
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return { kind: 'UniqueConstraintViolation', constraint: constraintFromMessage(message) };
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return { kind: 'NullConstraintViolation', constraint: constraintFromMessage(message) };
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case 'SQLITE_CONSTRAINT_TRIGGER':
      // SQLite does not say which foreign key failed.
      return { kind: 'ForeignKeyConstraintViolation', constraint: { kind: 'foreignKey' } };
    case 'SQLITE_BUSY':
    case 'SQLITE_BUSY_SNAPSHOT':
    case 'SQLITE_LOCKED':
      return { kind: 'SocketTimeout' };
    case 'SQLITE_TOOBIG':
      return { kind: 'LengthMismatch', column: null };
    case 'SQLITE_CANTOPEN':
      return { kind: 'DatabaseDoesNotExist', db: null };
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return { kind: 'DatabaseAccessDenied', db: null };
  }
  const table = /^no such table: (.+)$/.exec(message);
  if (table) return { kind: 'TableDoesNotExist', table: table[1] ?? null };
  const column = /^no such column: (.+)$/.exec(message) ?? /has no column named (.+)$/.exec(message);
  if (column) return { kind: 'ColumnNotFound', column: column[1] ?? null };
  return { kind: 'Other', code, message };
}

export function mapSqliteError(error: unknown): MappedDriverError | null {
  if (!isSqliteError(error)) return null;
  const code = stringProp(error, 'code') ?? 'SQLITE_ERROR';
  const message = messageOf(error);
  return { mapped: map(code, message), origin: { code, message } };
}
