/**
 * How Prisma 7 stores each type in SQLite (see conformance/interop/storage.json): DateTime as TEXT
 * `2024-05-01T08:00:00.000+00:00`, Boolean 0/1, Decimal REAL, Json TEXT, BigInt INTEGER, Bytes BLOB.
 */
import type { ColumnType } from '../dialect.js';
import { codecOf, jsonText, same, toBigInt, toBigIntParam, toBuffer, toDate, toDecimal, toNumber, toText } from '../codec-table.js';
import { Decimal2 } from '../decimal-value.js';

export { Decimal2 };

/** `2024-05-01T08:00:00.000+00:00`: Prisma's SQLite DateTime text. */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

function toDecimalNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}

export const encodeSqlite = codecOf({
  String: same,
  Enum: same,
  Boolean: (value) => (value ? 1 : 0),
  // A JS number (better-sqlite3 binds it as REAL, ~0.5 µs cheaper than a BigInt): INTEGER columns
  // store and compare it exactly, LIMIT / OFFSET accept it, and atomic arithmetic on an Int column
  // casts its operand back to INTEGER (the dialect's integerOperand) so `views / 4` stays integer.
  Int: (value) => (typeof value === 'bigint' ? Number(value) : value),
  BigInt: toBigIntParam,
  Float: toNumber,
  Decimal: toDecimalNumber,
  DateTime: (value) => formatDateTime(toDate(value)),
  Json: jsonText,
  Bytes: toBuffer,
});

function decodeDateTime(value: unknown): Date {
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
  const text = String(value);
  // Prisma's own text (`...+00:00`) or an ISO `Z` string parse as they are (the hot path: no regex).
  const sign = text.charCodeAt(text.length - 6);
  if (text.endsWith('Z') || sign === 43 || sign === 45) return new Date(text);
  // Bare `YYYY-MM-DD HH:MM:SS` (CURRENT_TIMESTAMP) is UTC.
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

export const decodeSqlite = codecOf({
  String: toText,
  Enum: toText,
  Boolean: (value) => value === 1 || value === 1n || value === true || value === '1' || value === 'true',
  Int: toNumber,
  BigInt: toBigInt,
  Float: toNumber,
  Decimal: toDecimal,
  DateTime: decodeDateTime,
  Json: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
  Bytes: toBuffer,
});

export function decodeSqliteFromJson(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'Bytes') return Buffer.from(String(value), 'hex');
  return decodeSqlite(value, type);
}
