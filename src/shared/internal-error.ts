/**
 * An `InternalError` means "this is Refract's bug", never the user's: it is what an impossible state
 * throws. User-facing failures have their own classes (schema diagnostics, client errors with P-codes).
 */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Ends every `switch (node.kind)`: the compiler proves the default unreachable. */
export function assertNever(value: never, what = 'value'): never {
  throw new InternalError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
