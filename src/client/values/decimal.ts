/**
 * `Prisma.Decimal` is decimal.js's class, as in Prisma (Decimal fields read back as instances of it;
 * the SQLite codecs use a subclass named `Decimal2` as Prisma 7's bundle names it, so `instanceof
 * Prisma.Decimal` holds for them too).
 */
import { Decimal } from 'decimal.js';

export { Decimal };

/** A Decimal from this or another copy of decimal.js (duck-typed the way Prisma's client checks it). */
export function isDecimalLike(value: unknown): value is Decimal {
  if (value instanceof Decimal) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['toFixed'] === 'function' && Array.isArray(v['d']) && typeof v['e'] === 'number' && typeof v['s'] === 'number';
}
