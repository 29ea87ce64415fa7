/**
 * The error classes a Prisma client throws, with Prisma's names and fields. `name` is an own,
 * non-enumerable property so `e.name === 'PrismaClientKnownRequestError'` holds for subclasses too,
 * and `instanceof` works through the `Prisma` namespace object.
 */
import { CLIENT_VERSION } from './client-version.js';

function setName(error: Error, name: string): void {
  Object.defineProperty(error, 'name', { value: name, enumerable: false, configurable: true, writable: true });
}

export interface KnownRequestErrorOptions {
  readonly code: string;
  readonly clientVersion?: string;
  readonly meta?: Record<string, unknown>;
  readonly batchRequestIdx?: number;
}

/** A request failed for a reason Prisma knows: it has a `P` code (P2002, P2025, ...) and `meta`. */
export class PrismaClientKnownRequestError extends Error {
  readonly code: string;
  readonly meta: Record<string, unknown> | undefined;
  readonly clientVersion: string;
  batchRequestIdx: number | undefined;

  constructor(message: string, options: KnownRequestErrorOptions) {
    super(message);
    setName(this, 'PrismaClientKnownRequestError');
    this.code = options.code;
    this.meta = options.meta;
    this.clientVersion = options.clientVersion ?? CLIENT_VERSION;
    this.batchRequestIdx = options.batchRequestIdx;
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaClientKnownRequestError';
  }
}

export interface UnknownRequestErrorOptions {
  readonly clientVersion?: string;
  readonly batchRequestIdx?: number;
  readonly cause?: unknown;
}

/** A request failed for a reason with no P code (an unmapped database error). */
export class PrismaClientUnknownRequestError extends Error {
  readonly clientVersion: string;
  batchRequestIdx: number | undefined;

  constructor(message: string, options: UnknownRequestErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    setName(this, 'PrismaClientUnknownRequestError');
    this.clientVersion = options.clientVersion ?? CLIENT_VERSION;
    this.batchRequestIdx = options.batchRequestIdx;
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaClientUnknownRequestError';
  }
}

/** The arguments of a call are wrong (unknown field, missing argument, wrong type). No code. */
export class PrismaClientValidationError extends Error {
  readonly clientVersion: string;

  constructor(message: string, options: { readonly clientVersion?: string } = {}) {
    super(message);
    setName(this, 'PrismaClientValidationError');
    this.clientVersion = options.clientVersion ?? CLIENT_VERSION;
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaClientValidationError';
  }
}

/** The client could not start: no database URL, database unreachable, bad constructor options. */
export class PrismaClientInitializationError extends Error {
  readonly clientVersion: string;
  readonly errorCode: string | undefined;
  retryable: boolean | undefined;

  constructor(message: string, clientVersion: string = CLIENT_VERSION, errorCode?: string) {
    super(message);
    setName(this, 'PrismaClientInitializationError');
    this.clientVersion = clientVersion;
    this.errorCode = errorCode;
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaClientInitializationError';
  }
}

/** Kept for API compatibility: Refract has no engine binary to panic, but code may test for it. */
export class PrismaClientRustPanicError extends Error {
  readonly clientVersion: string;

  constructor(message: string, clientVersion: string = CLIENT_VERSION) {
    super(message);
    setName(this, 'PrismaClientRustPanicError');
    this.clientVersion = clientVersion;
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaClientRustPanicError';
  }
}

/** Any of the client's own error classes (not a user's error thrown from a callback). */
export function isPrismaClientError(
  error: unknown,
): error is
  | PrismaClientKnownRequestError
  | PrismaClientUnknownRequestError
  | PrismaClientValidationError
  | PrismaClientInitializationError
  | PrismaClientRustPanicError {
  return (
    error instanceof PrismaClientKnownRequestError ||
    error instanceof PrismaClientUnknownRequestError ||
    error instanceof PrismaClientValidationError ||
    error instanceof PrismaClientInitializationError ||
    error instanceof PrismaClientRustPanicError
  );
}
