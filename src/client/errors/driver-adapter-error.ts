/**
 * The driver error as Prisma 7 reports it inside `meta.driverAdapterError`: an Error named
 * `DriverAdapterError` whose message is the mapped kind (`UniqueConstraintViolation`) and whose
 * `cause` is the mapped error, with the driver's original code and message alongside.
 */
import type { MappedError } from './mapped-error.js';

export class DriverAdapterError extends Error {
  override readonly cause: MappedError & { readonly originalCode: string; readonly originalMessage: string };

  constructor(mapped: MappedError, originalCode: string, originalMessage: string) {
    super(mapped.kind);
    Object.defineProperty(this, 'name', { value: 'DriverAdapterError', enumerable: false, configurable: true, writable: true });
    this.cause = { ...mapped, originalCode, originalMessage };
  }
}
