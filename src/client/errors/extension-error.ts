/**
 * An error thrown by an extension's own code (a result extension's `compute`), wrapped as Prisma wraps
 * it so the message says which extension failed: `Error caused by extension "audit": ...` (or
 * `Error caused by an extension: ...` when it has no `name`). The original error is `cause`.
 */
export class PrismaClientExtensionError extends Error {
  readonly extensionName: string | undefined;

  constructor(extensionName: string | undefined, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const title = extensionName ? `Error caused by extension "${extensionName}"` : 'Error caused by an extension';
    super(`${title}: ${reason}`, { cause });
    Object.defineProperty(this, 'name', { value: 'PrismaClientExtensionError', enumerable: false, configurable: true, writable: true });
    this.extensionName = extensionName;
  }
}

/** Runs an extension's callback, wrapping what it throws synchronously. */
export function wrapExtensionCallback<T>(extensionName: string | undefined, callback: () => T): T {
  try {
    return callback();
  } catch (error) {
    throw new PrismaClientExtensionError(extensionName, error);
  }
}
