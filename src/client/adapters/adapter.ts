/**
 * The driver adapter interface: `new PrismaClient({ adapter })` runs every statement through the
 * adapter's connection instead of opening one from the datasource URL. An adapter is the database
 * driver side of Refract's dialect split: it only moves SQL text, bound parameters and rows; the
 * dialect of the schema's provider still writes the SQL and converts the values.
 *
 * Writing one (see README.md): implement `Connection` from src/dialects/driver.ts over your driver
 * (`query` returns column names and rows as arrays, `execute` the affected row count, `begin` a
 * transaction on one connection) and wrap it in an object with `provider` and `connect()`.
 */
import type { Connection } from '../../dialects/driver.js';
import { PrismaClientInitializationError } from '../errors/prisma-errors.js';

/** Prisma's adapter provider names (an adapter says which SQL it speaks). */
export type AdapterProvider = 'postgres' | 'mysql' | 'sqlite';

export interface RefractDriverAdapter {
  readonly provider: AdapterProvider;
  /** The adapter's package-style name, for messages (`@prisma/adapter-pg`). */
  readonly adapterName: string;
  /**
   * The connection the client uses for all its statements; called once, on the client's first
   * query. It may open lazily (the Connection's methods are async).
   */
  connect(): Connection;
}

/** Schema datasource provider -> the adapter provider that speaks its SQL. */
const ADAPTER_PROVIDER: Readonly<Record<string, AdapterProvider>> = {
  postgresql: 'postgres',
  cockroachdb: 'postgres',
  mysql: 'mysql',
  sqlite: 'sqlite',
};

function isAdapter(value: unknown): value is RefractDriverAdapter {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<RefractDriverAdapter>;
  return typeof v.provider === 'string' && typeof v.connect === 'function';
}

/** Checks a `new PrismaClient({ adapter })` value against the schema's provider, as Prisma does. */
export function checkAdapter(value: unknown, schemaProvider: string): RefractDriverAdapter {
  if (!isAdapter(value)) {
    throw new PrismaClientInitializationError('Invalid `adapter` option: expected a driver adapter (an object with `provider` and `connect()`), for example `new PrismaPg({ connectionString })`.');
  }
  const expected = ADAPTER_PROVIDER[schemaProvider];
  if (expected !== value.provider) {
    throw new PrismaClientInitializationError(
      `The Driver Adapter \`${value.adapterName ?? 'adapter'}\`, based on \`${value.provider}\`, is not compatible with the provider \`${schemaProvider}\` specified in the Prisma schema.`,
    );
  }
  return value;
}
