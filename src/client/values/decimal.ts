/**
 * `Prisma.Decimal` is decimal.js's class, as in Prisma (Decimal fields read back as instances of it).
 *
 * Prisma 7's runtime bundles decimal.js and its bundler renamed the class, so Prisma's Decimal values
 * report `constructor.name === 'Decimal2'` (the conformance golden types-roundtrip records it). Ours are
 * decimal.js's own instances (the dialect codecs create them), so the class is given the same name
 * here, once, when the client runtime loads. Only `.name` changes; decimal.js behaves as before.
 */
import { Decimal } from 'decimal.js';

const PRISMA_DECIMAL_NAME = 'Decimal2';
if (Decimal.name !== PRISMA_DECIMAL_NAME) {
  Object.defineProperty(Decimal, 'name', { value: PRISMA_DECIMAL_NAME, configurable: true });
}

export { Decimal };

/** A Decimal from this or another copy of decimal.js (duck-typed the way Prisma's client checks it). */
export function isDecimalLike(value: unknown): value is Decimal {
  if (value instanceof Decimal) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['toFixed'] === 'function' && Array.isArray(v['d']) && typeof v['e'] === 'number' && typeof v['s'] === 'number';
}
