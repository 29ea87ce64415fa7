/**
 * `MappedError` -> Prisma's P code and message: the one switch (STYLE.md example 8). Messages use
 * Prisma 7's wording (checked against the conformance goldens' `$message`).
 */
import { assertNever } from '../../shared/internal-error.js';
import { CLIENT_VERSION } from './client-version.js';
import { DriverAdapterError } from './driver-adapter-error.js';
import type { Constraint, MappedError } from './mapped-error.js';
import { mapDriverError } from './map-driver-error.js';
import { isPrismaClientError, PrismaClientKnownRequestError, PrismaClientUnknownRequestError } from './prisma-errors.js';

function renderConstraint(constraint: Constraint | null): string {
  if (constraint === null) return '(not available)';
  switch (constraint.kind) {
    case 'fields':
      return `fields: (${constraint.fields.map((f) => `\`${f}\``).join(', ')})`;
    case 'index':
      return `constraint: \`${constraint.index}\``;
    case 'foreignKey':
      return 'foreign key';
    default:
      return assertNever(constraint, 'constraint');
  }
}

/** The P code and message for a mapped error; null when Prisma has no code for it (unknown error). */
export function prismaCodeFor(error: MappedError): { readonly code: string; readonly message: string } | null {
  switch (error.kind) {
    case 'UniqueConstraintViolation':
      return { code: 'P2002', message: `Unique constraint failed on the ${renderConstraint(error.constraint)}` };
    case 'ForeignKeyConstraintViolation':
      return { code: 'P2003', message: `Foreign key constraint violated on the ${renderConstraint(error.constraint)}` };
    case 'NullConstraintViolation':
      return { code: 'P2011', message: `Null constraint violation on the ${renderConstraint(error.constraint)}` };
    case 'TransactionWriteConflict':
      return { code: 'P2034', message: 'Transaction failed due to a write conflict or a deadlock. Please retry your transaction' };
    case 'TransactionAlreadyClosed':
      return { code: 'P2028', message: `Transaction API error: ${error.cause}` };
    case 'InvalidIsolationLevel':
      return { code: 'P2023', message: `Inconsistent column data: Conversion failed: Invalid isolation level \`${error.level}\`` };
    case 'LengthMismatch':
      return { code: 'P2000', message: `The provided value for the column is too long for the column's type. Column: ${error.column ?? '(not available)'}` };
    case 'ValueOutOfRange':
      return { code: 'P2020', message: `Value out of range for the type: ${error.cause}` };
    case 'InconsistentColumnData':
      return { code: 'P2023', message: `Inconsistent column data: ${error.cause}` };
    case 'TableDoesNotExist':
      return { code: 'P2021', message: `The table \`${error.table ?? '(not available)'}\` does not exist in the current database.` };
    case 'ColumnNotFound':
      return { code: 'P2022', message: `The column \`${error.column ?? '(not available)'}\` does not exist in the current database.` };
    case 'DatabaseDoesNotExist':
      return { code: 'P1003', message: `Database \`${error.db ?? '(not available)'}\` does not exist on the database server` };
    case 'DatabaseAlreadyExists':
      return { code: 'P1009', message: `Database \`${error.db ?? '(not available)'}\` already exists on the database server` };
    case 'DatabaseAccessDenied':
      return { code: 'P1010', message: `User was denied access on the database \`${error.db ?? '(not available)'}\`` };
    case 'DatabaseNotReachable':
      return { code: 'P1001', message: `Can't reach database server at \`${error.host ?? '(not available)'}:${error.port ?? '(not available)'}\`` };
    case 'AuthenticationFailed':
      return { code: 'P1000', message: `Authentication failed against the database server, the provided database credentials for \`${error.user ?? '(not available)'}\` are not valid` };
    case 'TooManyConnections':
      return { code: 'P2037', message: `Too many database connections opened: ${error.cause}` };
    case 'ConnectionClosed':
      return { code: 'P1017', message: 'Server has closed the connection.' };
    case 'PoolTimeout':
      return {
        code: 'P2024',
        message: `Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: ${error.timeoutSeconds ?? '(not available)'}, connection limit: ${error.connectionLimit ?? '(not available)'})`,
      };
    case 'SocketTimeout':
      return { code: 'P1008', message: 'Operations timed out after `N/A`. Context: The database failed to respond to a query within the configured timeout' };
    case 'Other':
      return null;
    default:
      return assertNever(error, 'mapped error');
  }
}

export interface ErrorContext {
  /** The model of the call (`meta.modelName`); null for raw queries and `$transaction` itself. */
  readonly modelName?: string | null;
  /** A `$queryRaw` / `$executeRaw` call: every database error becomes P2010. */
  readonly raw?: boolean;
  readonly clientVersion?: string;
}

/**
 * What the client throws for `error` caught while running a call: a driver error becomes a
 * `PrismaClientKnownRequestError` (or `PrismaClientUnknownRequestError` when it has no P code); the
 * client's own errors and anything else (a user's error from a callback, an `InternalError`) come back
 * unchanged.
 */
export function toPrismaError(error: unknown, context: ErrorContext = {}): unknown {
  if (isPrismaClientError(error)) return error;
  const driverError = mapDriverError(error);
  if (!driverError) return error;
  const clientVersion = context.clientVersion ?? CLIENT_VERSION;
  const { mapped, origin } = driverError;
  const adapterError = new DriverAdapterError(mapped, origin.code, origin.message);
  const modelMeta = context.modelName ? { modelName: context.modelName } : {};
  if (context.raw) {
    return new PrismaClientKnownRequestError(`Raw query failed. Code: \`${origin.code}\`. Message: \`${origin.message}\``, {
      code: 'P2010',
      clientVersion,
      meta: { ...modelMeta, code: origin.code, message: origin.message, driverAdapterError: adapterError },
    });
  }
  const known = prismaCodeFor(mapped);
  if (!known) {
    return new PrismaClientUnknownRequestError(origin.message, { clientVersion, cause: error });
  }
  return new PrismaClientKnownRequestError(known.message, { code: known.code, clientVersion, meta: { ...modelMeta, driverAdapterError: adapterError } });
}
