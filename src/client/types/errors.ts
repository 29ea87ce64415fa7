/**
 * The shapes of the client's error classes (`Prisma.PrismaClientKnownRequestError`, ...). The runtime
 * defines the classes; the generated types describe them with these, so `instanceof` narrows.
 */
export interface KnownRequestError extends Error {
  /** Prisma's error code, e.g. `P2002`. */
  readonly code: string;
  readonly meta?: Record<string, unknown>;
  readonly clientVersion: string;
  readonly batchRequestIdx?: number;
}
export interface KnownRequestErrorClass {
  new (message: string, options: { code: string; clientVersion: string; meta?: Record<string, unknown>; batchRequestIdx?: number }): KnownRequestError;
  readonly prototype: KnownRequestError;
}

export interface UnknownRequestError extends Error {
  readonly clientVersion: string;
  readonly batchRequestIdx?: number;
}
export interface UnknownRequestErrorClass {
  new (message: string, options: { clientVersion: string; batchRequestIdx?: number }): UnknownRequestError;
  readonly prototype: UnknownRequestError;
}

export interface InitializationError extends Error {
  readonly clientVersion: string;
  readonly errorCode?: string;
}
export interface InitializationErrorClass {
  new (message: string, clientVersion: string, errorCode?: string): InitializationError;
  readonly prototype: InitializationError;
}

export interface ValidationError extends Error {
  readonly clientVersion: string;
}
export interface ValidationErrorClass {
  new (message: string, options: { clientVersion: string }): ValidationError;
  readonly prototype: ValidationError;
}

export interface RustPanicError extends Error {
  readonly clientVersion: string;
}
export interface RustPanicErrorClass {
  new (message: string, clientVersion: string): RustPanicError;
  readonly prototype: RustPanicError;
}
