/**
 * The client's errors: Prisma's error classes, the driver-error tables (./drivers/), the one
 * `MappedError` -> P-code switch, and factories for the errors the engine raises itself.
 *
 * Engine usage:
 *   try { ... } catch (e) { throw toPrismaError(e, { modelName: 'User' }); }
 *   throw recordNotFound('Post', 'a delete');
 */
export { CLIENT_VERSION } from './client-version.js';
export {
  PrismaClientKnownRequestError,
  PrismaClientUnknownRequestError,
  PrismaClientValidationError,
  PrismaClientInitializationError,
  PrismaClientRustPanicError,
  isPrismaClientError,
} from './prisma-errors.js';
export type { KnownRequestErrorOptions, UnknownRequestErrorOptions } from './prisma-errors.js';
export { DriverAdapterError } from './driver-adapter-error.js';
export { PrismaClientExtensionError, wrapExtensionCallback } from './extension-error.js';
export type { Constraint, MappedError, MappedErrorKind, MappedDriverError, DriverErrorOrigin } from './mapped-error.js';
export { mapDriverError } from './map-driver-error.js';
export { mapSqliteError, isSqliteError } from './drivers/sqlite.js';
export { mapPostgresError, isPostgresError, mapSocketError } from './drivers/postgres.js';
export { mapMysqlError, isMysqlError } from './drivers/mysql.js';
export { prismaCodeFor, toPrismaError } from './to-prisma-error.js';
export type { ErrorContext } from './to-prisma-error.js';
export {
  recordNotFound,
  relatedRecordNotFound,
  expectedRecordsNotFound,
  recordsNotConnected,
  requiredRelationViolation,
  relatedRecordMissing,
  requiredConnectedRecordsNotFound,
  transactionApiError,
  transactionExpired,
  transactionClosed,
  transactionStartTimeout,
  writeConflict,
  invalidIsolationLevel,
} from './request-errors.js';
export type { RecordOperation, RelatedRecordNotFound, RelationType, TransactionStep } from './request-errors.js';
export { suggest, editDistance } from './suggest.js';
