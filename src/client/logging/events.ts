/** The payloads `$on(level, listener)` receives, with Prisma's field names. */
export interface QueryEvent {
  readonly timestamp: Date;
  readonly query: string;
  /** The bound parameters as a JSON array text (`[1,"a"]`); BigInt as text, bytes as base64. */
  readonly params: string;
  /** Milliseconds. */
  readonly duration: number;
  readonly target: string;
}

export interface LogEvent {
  readonly timestamp: Date;
  readonly message: string;
  readonly target: string;
}

export const QUERY_TARGET = 'quaint::connector::metrics';

/** Parameters as Prisma prints them in query events. */
export function serializeParams(params: readonly unknown[]): string {
  return JSON.stringify(params, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)) {
      return Buffer.from((value as { data: number[] }).data).toString('base64');
    }
    return value;
  });
}
