/**
 * mysql2 errors -> `MappedError`. mysql2 errors carry `errno` (1062), `code` (`ER_DUP_ENTRY`),
 * `sqlState` and `sqlMessage`; constraint names and columns are only in the message text.
 */
import type { MappedDriverError, MappedError } from '../mapped-error.js';
import { messageOf, numberProp, stringProp } from './error-shape.js';

export function isMysqlError(error: unknown): boolean {
  return numberProp(error, 'errno') !== null && stringProp(error, 'sqlState') !== null;
}

/** `Duplicate entry 'x' for key 'User.User_email_key'` -> `User_email_key` (MySQL 8 prefixes the table). */
function duplicateKey(message: string): string | null {
  const key = /for key '(.+)'$/.exec(message)?.[1];
  if (key === undefined) return null;
  return key.slice(key.lastIndexOf('.') + 1);
}

/** `... FOREIGN KEY (`a`, `b`) REFERENCES ...` -> ['a', 'b']. */
function foreignKeyFields(message: string): readonly string[] | null {
  const list = /FOREIGN KEY \((.+?)\) REFERENCES/.exec(message)?.[1];
  if (list === undefined) return null;
  return list.split(',').map((f) => f.trim().replace(/^`|`$/g, ''));
}

function quoted(message: string, pattern: RegExp): string | null {
  return pattern.exec(message)?.[1] ?? null;
}

function map(errno: number, message: string): MappedError {
  switch (errno) {
    case 1062: {
      const index = duplicateKey(message);
      return { kind: 'UniqueConstraintViolation', constraint: index !== null ? { kind: 'index', index } : null };
    }
    case 1216:
    case 1217:
    case 1451:
    case 1452: {
      const fields = foreignKeyFields(message);
      return { kind: 'ForeignKeyConstraintViolation', constraint: fields ? { kind: 'fields', fields } : { kind: 'foreignKey' } };
    }
    case 1048:
    case 1364: {
      const column = quoted(message, /^(?:Column|Field) '(.+?)'/);
      return { kind: 'NullConstraintViolation', constraint: column !== null ? { kind: 'fields', fields: [column] } : null };
    }
    case 1213:
    case 1205:
      return { kind: 'TransactionWriteConflict' };
    case 1146:
      return { kind: 'TableDoesNotExist', table: quoted(message, /^Table '(.+?)'/) };
    case 1054:
      return { kind: 'ColumnNotFound', column: quoted(message, /^Unknown column '(.+?)'/) };
    case 1406:
      return { kind: 'LengthMismatch', column: quoted(message, /for column '(.+?)'/) };
    case 1264:
    case 1690:
      return { kind: 'ValueOutOfRange', cause: message };
    case 1049:
      return { kind: 'DatabaseDoesNotExist', db: quoted(message, /database '(.+?)'/) };
    case 1007:
      return { kind: 'DatabaseAlreadyExists', db: quoted(message, /database '(.+?)'/) };
    case 1044:
      return { kind: 'DatabaseAccessDenied', db: quoted(message, /to database '(.+?)'/) };
    case 1045:
    case 1698:
      return { kind: 'AuthenticationFailed', user: quoted(message, /for user '(.+?)'/) };
    case 1040:
      return { kind: 'TooManyConnections', cause: message };
  }
  return { kind: 'Other', code: String(errno), message };
}

export function mapMysqlError(error: unknown): MappedDriverError | null {
  if (!isMysqlError(error)) return null;
  const errno = numberProp(error, 'errno') ?? 0;
  const message = stringProp(error, 'sqlMessage') ?? messageOf(error);
  return { mapped: map(errno, message), origin: { code: stringProp(error, 'code') ?? String(errno), message } };
}
