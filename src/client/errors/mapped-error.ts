/**
 * One database-neutral description of a driver error (STYLE.md example 8). Each driver's errors are
 * mapped into this union by a table in ./drivers/, and ./to-prisma-error.ts maps the union to
 * Prisma's P codes with one switch. Nothing above this line knows a driver's error codes.
 */

/** Which constraint failed, as far as the database says. */
export type Constraint =
  | { readonly kind: 'fields'; readonly fields: readonly string[] }
  | { readonly kind: 'index'; readonly index: string }
  | { readonly kind: 'foreignKey' };

export type MappedError =
  | { readonly kind: 'UniqueConstraintViolation'; readonly constraint: Constraint | null }
  | { readonly kind: 'ForeignKeyConstraintViolation'; readonly constraint: Constraint | null }
  | { readonly kind: 'NullConstraintViolation'; readonly constraint: Constraint | null }
  | { readonly kind: 'TransactionWriteConflict' }
  | { readonly kind: 'TransactionAlreadyClosed'; readonly cause: string }
  | { readonly kind: 'InvalidIsolationLevel'; readonly level: string }
  | { readonly kind: 'LengthMismatch'; readonly column: string | null }
  | { readonly kind: 'ValueOutOfRange'; readonly cause: string }
  | { readonly kind: 'InconsistentColumnData'; readonly cause: string }
  | { readonly kind: 'TableDoesNotExist'; readonly table: string | null }
  | { readonly kind: 'ColumnNotFound'; readonly column: string | null }
  | { readonly kind: 'DatabaseDoesNotExist'; readonly db: string | null }
  | { readonly kind: 'DatabaseAlreadyExists'; readonly db: string | null }
  | { readonly kind: 'DatabaseAccessDenied'; readonly db: string | null }
  | { readonly kind: 'DatabaseNotReachable'; readonly host: string | null; readonly port: number | null }
  | { readonly kind: 'AuthenticationFailed'; readonly user: string | null }
  | { readonly kind: 'TooManyConnections'; readonly cause: string }
  | { readonly kind: 'ConnectionClosed' }
  | { readonly kind: 'SocketTimeout' }
  | { readonly kind: 'PoolTimeout'; readonly timeoutSeconds: number | null; readonly connectionLimit: number | null }
  /** Anything else: the driver's own code and message, kept for raw-query errors (P2010). */
  | { readonly kind: 'Other'; readonly code: string; readonly message: string };

export type MappedErrorKind = MappedError['kind'];

/** The driver's original error code and message, whatever it mapped to (for P2010 and logs). */
export interface DriverErrorOrigin {
  readonly code: string;
  readonly message: string;
}

/** A mapped driver error plus where it came from. */
export interface MappedDriverError {
  readonly mapped: MappedError;
  readonly origin: DriverErrorOrigin;
}
