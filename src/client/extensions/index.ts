/**
 * Client extensions: `$extends` (./extended-client.ts), `Prisma.defineExtension` and
 * `Prisma.getExtensionContext`, and the lazy `PrismaPromise` shared with the engine.
 */
export { extendClient, EXTENSION_STATE } from './extended-client.js';
export { defineExtension, getExtensionContext } from './define-extension.js';
export type { DefinedExtension, ExtensibleClient } from './define-extension.js';
export { createPrismaPromise, isPrismaPromise, RUN_IN_TRANSACTION } from './prisma-promise.js';
export type { RuntimePrismaPromise } from './prisma-promise.js';
export { delegateName } from './extension-shape.js';
export type { ExtensionObject, ResultField, QueryHook } from './extension-shape.js';
export { MODEL_OPERATIONS, RAW_OPERATIONS, returnsRecords } from './operations.js';
export { ExtensionError } from './extension-error.js';
