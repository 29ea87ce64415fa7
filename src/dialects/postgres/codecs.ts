/**
 * Prisma's JS values <-> what `pg` binds and returns (after ./types.ts's parsers). Parameters are sent
 * as text the server casts to the column's type: Decimals as their exact text, DateTimes as UTC text
 * (a `timestamp` column keeps the UTC wall time, `timestamptz` the instant, `date` / `time` their
 * part), Json as its JSON text, BigInt as decimal text. Scalar lists are JS arrays of those.
 */
import type { ColumnType } from '../dialect.js';
import { codecOf, jsonText, same, toBigInt, toBuffer, toDate, toDecimal, toNumber, toText } from '../codec-table.js';
import { parseArrayLiteral, parseBytea, parseTimestamp, parseTimestampTz } from './types.js';

function isoUtc(date: Date): string {
  const year = date.getUTCFullYear();
  // `2024-05-01 08:00:00.123+00`: a space, not ISO's `T`, so `time` columns accept it too. Years
  // outside 0..9999 need PostgreSQL's own spelling (toISOString gives `+010000-...`).
  if (year >= 0 && year <= 9999) return date.toISOString().replace('T', ' ').replace('Z', '+00');
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const body = `${pad(Math.abs(year <= 0 ? 1 - year : year), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}+00`;
  return year <= 0 ? `${body} BC` : body;
}

const encodeOne = codecOf({
  String: same,
  Enum: same,
  Boolean: (value) => Boolean(value),
  Int: (value) => (typeof value === 'bigint' ? value.toString() : value),
  BigInt: (value) => (typeof value === 'bigint' ? value.toString() : String(value)),
  Float: toNumber,
  Decimal: (value) => (typeof value === 'object' && value !== null && typeof (value as { toFixed?: unknown }).toFixed === 'function' ? (value as { toString(): string }).toString() : String(value)),
  DateTime: (value) => isoUtc(toDate(value)),
  Json: jsonText,
  Bytes: toBuffer,
});

export function encodePostgres(value: unknown, type: ColumnType): unknown {
  // A scalar list (Json values may be arrays themselves, and Bytes are Uint8Arrays).
  if (Array.isArray(value) && type !== 'Json') return value.map((v) => encodeOne(v, type));
  return encodeOne(value, type);
}

function decodeDateTime(value: unknown): unknown {
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return new Date(value as number);
  if (value === 'infinity' || value === '-infinity') return new Date(NaN);
  // From JSON: `2024-05-01T08:00:00.123` (timestamp), `...+00:00` (timestamptz), `2024-05-01`, `08:00:00`.
  if (/^\d\d:\d\d/.test(value)) return parseTimestampTz(`1970-01-01 ${/[+-]\d\d(:?\d\d)?$/.test(value) ? value : `${value}Z`}`);
  if (/^\d{4,}-\d\d-\d\d$/.test(value)) return parseTimestamp(`${value} 00:00:00`);
  if (/(Z|[+-]\d\d(:?\d\d)?)$/.test(value)) return parseTimestampTz(value);
  return parseTimestamp(value);
}

const decodeOne = codecOf({
  String: toText,
  Enum: toText,
  Boolean: (value) => value === true || value === 't' || value === 'true' || value === 1,
  Int: toNumber,
  BigInt: toBigInt,
  Float: toNumber,
  Decimal: toDecimal,
  DateTime: decodeDateTime,
  Json: same,
  Bytes: (value) => (typeof value === 'string' ? parseBytea(value) : toBuffer(value)),
});

export function decodePostgres(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type !== 'Json') {
    if (Array.isArray(value)) return value.map((v) => decodeOne(v, type));
    // Array literals arrive as text for enum arrays (enum OIDs are per database) and for BigInt /
    // Decimal lists read out of relation JSON (cast to text to stay exact): `{RED,BLUE}`, `{1,2}`.
    if ((type === 'Enum' || type === 'BigInt' || type === 'Decimal') && typeof value === 'string' && value.startsWith('{')) {
      return parseArrayLiteral(value).map((v) => decodeOne(v, type));
    }
  }
  return decodeOne(value, type);
}

/** Values inside relation JSON: what `jsonEncodeColumn` made of each type (see the dialect). */
export function decodePostgresFromJson(value: unknown, type: ColumnType): unknown {
  return decodePostgres(value, type);
}
