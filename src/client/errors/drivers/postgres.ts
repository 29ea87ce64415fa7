/**
 * node-postgres (`pg`) errors -> `MappedError`. `pg`'s `DatabaseError` carries the SQLSTATE in `code`
 * and the constraint / column / table names as separate fields, so nothing is parsed from messages
 * except the key list in a unique violation's `detail` when the constraint name is missing.
 */
import type { MappedDriverError, MappedError } from '../mapped-error.js';
import { messageOf, numberProp, prop, stringProp } from './error-shape.js';

/** A SQLSTATE is five characters of digits and upper-case letters; `pg` errors also carry `severity`. */
export function isPostgresError(error: unknown): boolean {
  const code = stringProp(error, 'code');
  return code !== null && /^[0-9A-Z]{5}$/.test(code) && prop(error, 'severity') !== undefined;
}

function keyFields(detail: string | null): readonly string[] | null {
  const match = detail === null ? null : /^Key \((.+?)\)=/.exec(detail);
  if (!match) return null;
  return (match[1] ?? '').split(', ').map((f) => f.replace(/^"|"$/g, ''));
}

function map(code: string, error: unknown, message: string): MappedError {
  const constraint = stringProp(error, 'constraint');
  switch (code) {
    case '23505': {
      if (constraint !== null) return { kind: 'UniqueConstraintViolation', constraint: { kind: 'index', index: constraint } };
      const fields = keyFields(stringProp(error, 'detail'));
      return { kind: 'UniqueConstraintViolation', constraint: fields ? { kind: 'fields', fields } : null };
    }
    case '23503':
      return { kind: 'ForeignKeyConstraintViolation', constraint: constraint !== null ? { kind: 'index', index: constraint } : { kind: 'foreignKey' } };
    case '23502': {
      const column = stringProp(error, 'column');
      return { kind: 'NullConstraintViolation', constraint: column !== null ? { kind: 'fields', fields: [column] } : null };
    }
    case '40001':
    case '40P01':
      return { kind: 'TransactionWriteConflict' };
    case '25P02':
      return { kind: 'TransactionAlreadyClosed', cause: message };
    case '22001':
      return { kind: 'LengthMismatch', column: stringProp(error, 'column') };
    case '22003':
      return { kind: 'ValueOutOfRange', cause: message };
    case '22P02':
      return { kind: 'InconsistentColumnData', cause: message };
    case '42P01':
      return { kind: 'TableDoesNotExist', table: stringProp(error, 'table') ?? /relation "(.+?)"/.exec(message)?.[1] ?? null };
    case '42703':
      return { kind: 'ColumnNotFound', column: stringProp(error, 'column') ?? /column "(.+?)"/.exec(message)?.[1] ?? null };
    case '3D000':
      return { kind: 'DatabaseDoesNotExist', db: /database "(.+?)"/.exec(message)?.[1] ?? null };
    case '42P04':
      return { kind: 'DatabaseAlreadyExists', db: /database "(.+?)"/.exec(message)?.[1] ?? null };
    case '28000':
      return { kind: 'DatabaseAccessDenied', db: null };
    case '28P01':
      return { kind: 'AuthenticationFailed', user: /user "(.+?)"/.exec(message)?.[1] ?? null };
    case '53300':
      return { kind: 'TooManyConnections', cause: message };
  }
  return { kind: 'Other', code, message };
}

/** Node's socket errors, raised by `pg` and `mysql2` alike before any SQL runs. */
export function mapSocketError(error: unknown): MappedDriverError | null {
  const code = stringProp(error, 'code');
  const message = messageOf(error);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
      return { mapped: { kind: 'DatabaseNotReachable', host: stringProp(error, 'address') ?? stringProp(error, 'hostname'), port: numberProp(error, 'port') }, origin: { code, message } };
    case 'ECONNRESET':
    case 'EPIPE':
      return { mapped: { kind: 'ConnectionClosed' }, origin: { code, message } };
    case 'ETIMEDOUT':
      return { mapped: { kind: 'SocketTimeout' }, origin: { code, message } };
    case 'POOL_TIMEOUT': {
      // Refract's own pools (src/dialects/*/driver.ts) raise this when no connection frees up in time.
      const timeoutMs = numberProp(error, 'timeoutMs');
      return { mapped: { kind: 'PoolTimeout', timeoutSeconds: timeoutMs === null ? null : timeoutMs / 1000, connectionLimit: numberProp(error, 'connectionLimit') }, origin: { code, message } };
    }
    default:
      return null;
  }
}

export function mapPostgresError(error: unknown): MappedDriverError | null {
  if (!isPostgresError(error)) return null;
  const code = stringProp(error, 'code') ?? 'XX000';
  const message = messageOf(error);
  return { mapped: map(code, error, message), origin: { code, message } };
}
