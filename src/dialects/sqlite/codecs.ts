/**
 * How Prisma 7 stores each type in SQLite (see conformance/interop/storage.json): DateTime as TEXT
 * `2024-05-01T08:00:00.000+00:00`, Boolean 0/1, Decimal REAL, Json TEXT, BigInt INTEGER, Bytes BLOB.
 */
import type { ColumnType } from '../dialect.js';
import { Decimal2 } from '../decimal-value.js';

export { Decimal2 };

/** `2024-05-01T08:00:00.000+00:00`: Prisma's SQLite DateTime text. */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(value as string | number);
}

function toDecimalNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}

export function encodeSqlite(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'String':
    case 'Enum':
      return value;
    case 'Boolean':
      return value ? 1 : 0;
    case 'Int':
      // A JS number (better-sqlite3 binds it as REAL, ~0.5 µs cheaper than a BigInt): INTEGER columns
      // store and compare it exactly, LIMIT / OFFSET accept it, and atomic arithmetic on an Int column
      // casts its operand back to INTEGER (the dialect's integerOperand) so `views / 4` stays integer.
      return typeof value === 'bigint' ? Number(value) : value;
    case 'BigInt':
      return typeof value === 'bigint' ? value : BigInt(value as number | string);
    case 'Float':
      return typeof value === 'number' ? value : Number(value);
    case 'Decimal':
      return toDecimalNumber(value);
    case 'DateTime':
      return formatDateTime(toDate(value));
    case 'Json':
      return JSON.stringify(value);
    case 'Bytes':
      return Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array);
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

function decodeDateTime(value: unknown): Date {
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
  const text = String(value);
  // Prisma's own text (`...+00:00`) or an ISO `Z` string parse as they are (the hot path: no regex).
  const sign = text.charCodeAt(text.length - 6);
  if (text.endsWith('Z') || sign === 43 || sign === 45) return new Date(text);
  // Bare `YYYY-MM-DD HH:MM:SS` (CURRENT_TIMESTAMP) is UTC.
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

export function decodeSqlite(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'String':
    case 'Enum':
      return typeof value === 'string' ? value : String(value);
    case 'Boolean':
      return value === 1 || value === 1n || value === true || value === '1' || value === 'true';
    case 'Int':
      return typeof value === 'number' ? value : Number(value);
    case 'BigInt':
      return typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : String(value));
    case 'Float':
      return typeof value === 'number' ? value : Number(value);
    case 'Decimal':
      return new Decimal2(typeof value === 'bigint' ? value.toString() : (value as number | string));
    case 'DateTime':
      return decodeDateTime(value);
    case 'Json':
      return typeof value === 'string' ? JSON.parse(value) : value;
    case 'Bytes':
      return Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array);
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

export function decodeSqliteFromJson(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'Bytes') return Buffer.from(String(value), 'hex');
  return decodeSqlite(value, type);
}
