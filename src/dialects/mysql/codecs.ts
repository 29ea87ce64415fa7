/**
 * Prisma's values <-> what mysql2 sends and returns with Refract's pool options (./driver.ts): BIGINT
 * and DECIMAL as exact strings, DATETIME(3) as `YYYY-MM-DD HH:MM:SS.fff` text in UTC, Booleans as
 * TINYINT(1), Json as text (MySQL 8 JSON, MariaDB LONGTEXT), Bytes as Buffers.
 */
import { Decimal2 } from '../decimal-value.js';
import type { ColumnType } from '../dialect.js';
import type { Convert } from '../codec-table.js';
import { codecOf, jsonText, same, toBigIntParam, toBuffer, toDate, toNumber } from '../codec-table.js';

/** `2024-05-01 08:00:00.000`: a DATETIME(3) literal in UTC. */
export function formatMysqlDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

function decimalText(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'toFixed' in value && typeof value.toFixed === 'function') {
    // decimal.js: toFixed() without digits is plain notation (no exponent), which MySQL parses exactly.
    return String((value as { toFixed(): string }).toFixed());
  }
  try {
    return new Decimal2(typeof value === 'number' ? value : String(value)).toFixed();
  } catch {
    return String(value);
  }
}

export const encodeMysql = codecOf({
  String: same,
  Enum: same,
  Boolean: (value) => (value ? 1 : 0),
  Int: toNumber,
  Float: toNumber,
  BigInt: toBigIntParam,
  // A quoted string, as Prisma's MySQL adapter binds it: stored exactly, but arithmetic with it
  // (`increment`, `multiply`) runs in DOUBLE, and the conformance goldens carry that (7 / 3).
  Decimal: decimalText,
  DateTime: (value) => formatMysqlDateTime(toDate(value)),
  Json: jsonText,
  Bytes: toBuffer,
});

/** DATETIME / DATE / TIMESTAMP text (always UTC here) -> Date. */
function decodeDateTime(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return new Date(`${text}T00:00:00Z`);
  if (/^\d\d:\d\d:\d\d/.test(text)) return new Date(`1970-01-01T${text}Z`);
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(text)) return new Date(text);
  return new Date(`${text.replace(' ', 'T')}Z`);
}

function text(value: unknown): string {
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

/** mysql2 hands some text columns over as Buffers. */
const numberOf: Convert = (value) => (typeof value === 'number' ? value : Number(text(value)));

export const decodeMysql = codecOf({
  String: (value) => (typeof value === 'string' ? value : text(value)),
  Enum: (value) => (typeof value === 'string' ? value : text(value)),
  // BIT(1) columns (`@db.Bit(1)`) come back as a one-byte Buffer.
  Boolean: (value) => (Buffer.isBuffer(value) ? value.length > 0 && value[value.length - 1] === 1 : value === 1 || value === true || value === '1' || value === 1n || value === 'true'),
  Int: numberOf,
  Float: numberOf,
  BigInt: (value) => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : text(value))),
  Decimal: (value) => new Decimal2(typeof value === 'number' ? value : text(value)),
  DateTime: decodeDateTime,
  Json: (value) => (typeof value === 'string' || Buffer.isBuffer(value) ? (JSON.parse(text(value)) as unknown) : value),
  Bytes: toBuffer,
});

/** A value read out of JSON aggregation, as `jsonEncodeColumn` put it there. */
export function decodeMysqlFromJson(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'Bytes') return Buffer.from(String(value), 'base64');
  if (type === 'Boolean') return value === true || value === 1 || value === '1';
  return decodeMysql(value, type);
}
