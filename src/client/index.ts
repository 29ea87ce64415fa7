/**
 * The client runtime (`refract/runtime`): `createClientModule(schema, options)` returns the
 * `PrismaClient` class and the `Prisma` namespace object a generated client module exports.
 */
import type { Schema } from '../schema/model.js';
import { createPrismaClientClass } from './client.js';
import type { ClientModuleOptions } from './client.js';
import {
  CLIENT_VERSION,
  PrismaClientInitializationError,
  PrismaClientKnownRequestError,
  PrismaClientRustPanicError,
  PrismaClientUnknownRequestError,
  PrismaClientValidationError,
} from './errors/index.js';
import { defineExtension, getExtensionContext } from './extensions/index.js';
import { empty, join, raw, Sql, sql } from './raw/index.js';
import { AnyNull, DbNull, Decimal, JsonNull, NullTypes } from './values/index.js';
import { dialectFor } from './engine/dialect-registry.js';

export type { ClientModuleOptions, PrismaClientOptions } from './client.js';
// The classes `Prisma.*` hands out, also importable from the runtime itself (as from Prisma's
// `@prisma/client/runtime/*`): one copy of each, so `instanceof` agrees whichever way it was imported.
export {
  PrismaClientInitializationError,
  PrismaClientKnownRequestError,
  PrismaClientRustPanicError,
  PrismaClientUnknownRequestError,
  PrismaClientValidationError,
} from './errors/index.js';
export { Decimal } from './values/index.js';
export { Engine } from './engine/engine.js';
/** The generated client's types (type-only generic machinery; see ./types/). */
export type * from './types/index.js';
export type { RequestCall, TransactionHandle, TransactionOptions } from './engine/engine.js';

export function createClientModule(schema: Schema, options: ClientModuleOptions) {
  const PrismaClient = createPrismaClientClass(schema, options);
  const levels = dialectFor(schema.datasource?.provider ?? 'sqlite')?.isolationLevels ?? ['Serializable'];
  const modelNames = Object.fromEntries(schema.models.filter((m) => !m.isIgnored).map((m) => [m.name, m.name]));
  const Prisma = {
    Decimal,
    sql,
    join,
    raw,
    empty,
    Sql,
    JsonNull,
    DbNull,
    AnyNull,
    NullTypes,
    PrismaClientKnownRequestError,
    PrismaClientUnknownRequestError,
    PrismaClientValidationError,
    PrismaClientInitializationError,
    PrismaClientRustPanicError,
    TransactionIsolationLevel: Object.freeze(Object.fromEntries(levels.map((l) => [l, l]))),
    ModelName: Object.freeze(modelNames),
    defineExtension,
    getExtensionContext,
    validator: () => (value: unknown) => value,
    prismaVersion: { client: CLIENT_VERSION, engine: 'refract' },
  };
  return { PrismaClient, Prisma };
}
