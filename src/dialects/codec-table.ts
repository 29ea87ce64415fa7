/**
 * Value conversions the dialects share. A dialect's codecs are tables with one conversion per column
 * type: the common ones below where its driver behaves like the others (numbers, bigints, Decimals,
 * Buffers, JSON text), its own where it differs (Booleans, DateTimes and Json, mostly). `codecOf(table)`
 * gives the `(value, type)` form of the dialect interface, with null and undefined passing as null.
 */
import type { ColumnType } from './dialect.js';
import { Decimal2 } from './decimal-value.js';

export type Convert = (value: unknown) => unknown;
export type CodecTable = Readonly<Record<ColumnType, Convert>>;

export const same: Convert = (value) => value;

export const toNumber: Convert = (value) => (typeof value === 'number' ? value : Number(value));

export const toText: Convert = (value) => (typeof value === 'string' ? value : String(value));

/** A bigint parameter from a bigint, a number or numeric text. */
export const toBigIntParam: Convert = (value) => (typeof value === 'bigint' ? value : BigInt(value as number | string));

/** A stored integer (a number, a bigint or numeric text) as a bigint; a float is truncated. */
export const toBigInt: Convert = (value) => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : String(value)));

/** A stored decimal (a number, a bigint or text) as Prisma's Decimal. */
export const toDecimal: Convert = (value) => new Decimal2(typeof value === 'bigint' ? value.toString() : (value as number | string));

export const toBuffer: Convert = (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array));

export const jsonText: Convert = (value) => JSON.stringify(value);

export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number);
}

export function codecOf(table: CodecTable): (value: unknown, type: ColumnType) => unknown {
  return (value, type) => (value === null || value === undefined ? null : table[type](value));
}
