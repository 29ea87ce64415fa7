/** A request the Studio API refuses: an HTTP status and a message the page shows. */
export class StudioRequestError extends Error {
  override readonly name = 'StudioRequestError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** What the page shows for a failed write: Prisma's code and meta, and the message without the call header. */
export interface StudioWriteError {
  readonly code: string | null;
  readonly message: string;
  readonly meta: unknown;
}

export function describeWriteError(error: unknown): StudioWriteError {
  const e = error as { code?: unknown; message?: unknown; meta?: unknown };
  const raw = typeof e?.message === 'string' ? e.message : String(error);
  // The client's messages start with "Invalid `prisma.user.update()` invocation:"; the page shows the cause.
  const cause = raw.includes('invocation:') ? raw.slice(raw.indexOf('invocation:') + 'invocation:'.length) : raw;
  return { code: typeof e?.code === 'string' ? e.code : null, message: cause.trim() || raw, meta: e?.meta ?? null };
}
