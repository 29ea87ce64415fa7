/**
 * The client's logger: one per PrismaClient, built from its `log` option. The engine reports each
 * statement with `query(...)` (or wraps the driver call in `timed(...)`) and messages with
 * `info/warn/error`; the logger prints to stdout (`prisma:query SELECT ...`) or calls the `$on`
 * listeners, per level as configured. Disabled levels cost one set lookup.
 */
import type { LogEvent, QueryEvent } from './events.js';
import { QUERY_TARGET, serializeParams } from './events.js';
import type { LogLevel } from './log-option.js';
import { parseLogOption } from './log-option.js';
import { PrismaClientConstructorValidationError } from './constructor-validation-error.js';

type Listener = (event: QueryEvent | LogEvent) => void;

/** Where stdout-level messages go; replaceable in tests. */
export interface LogSink {
  log(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

const COLORS: Record<LogLevel, string> = { query: '34', info: '36', warn: '33', error: '31' };

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
}

export class ClientLogger {
  private readonly stdout = new Set<LogLevel>();
  private readonly events = new Set<LogLevel>();
  private readonly listeners = new Map<LogLevel, Listener[]>();

  constructor(
    logOption?: unknown,
    private readonly sink: LogSink = console,
  ) {
    for (const definition of parseLogOption(logOption)) {
      (definition.emit === 'event' ? this.events : this.stdout).add(definition.level);
    }
  }

  isEnabled(level: LogLevel): boolean {
    return this.stdout.has(level) || this.events.has(level);
  }

  /** `$on(level, listener)`. Prisma accepts it for any level; only levels with `emit: 'event'` fire. */
  on(level: string, listener: Listener): void {
    if (level === 'beforeExit') {
      throw new PrismaClientConstructorValidationError('"beforeExit" hook is not applicable to the library engine since Prisma 5.0.0, it is only relevant and implemented for the binary engine. Please add your event listener to the `process` object directly instead.');
    }
    if (level !== 'query' && level !== 'info' && level !== 'warn' && level !== 'error') return;
    const list = this.listeners.get(level) ?? [];
    list.push(listener);
    this.listeners.set(level, list);
  }

  private emit(level: LogLevel, event: QueryEvent | LogEvent, line: string): void {
    if (this.events.has(level)) for (const listener of this.listeners.get(level) ?? []) listener(event);
    if (this.stdout.has(level)) {
      const tag = useColor() ? `\u001b[${COLORS[level]}mprisma:${level}\u001b[39m` : `prisma:${level}`;
      const text = `${tag} ${line}`;
      if (level === 'warn') this.sink.warn(text);
      else if (level === 'error') this.sink.error(text);
      else this.sink.log(text);
    }
  }

  /** One executed statement (after it ran; `durationMs` from its start). */
  query(sql: string, params: readonly unknown[], durationMs: number, startedAt: Date = new Date(Date.now() - durationMs)): void {
    if (!this.isEnabled('query')) return;
    const event: QueryEvent = { timestamp: startedAt, query: sql, params: serializeParams(params), duration: Math.round(durationMs), target: QUERY_TARGET };
    this.emit('query', event, sql);
  }

  /** Runs `execute` and logs the statement with its duration (also when it fails). */
  async timed<T>(sql: string, params: readonly unknown[], execute: () => Promise<T>): Promise<T> {
    if (!this.isEnabled('query')) return execute();
    const startedAt = new Date();
    const start = performance.now();
    try {
      return await execute();
    } finally {
      this.query(sql, params, performance.now() - start, startedAt);
    }
  }

  private message(level: Exclude<LogLevel, 'query'>, message: string, target: string): void {
    if (!this.isEnabled(level)) return;
    this.emit(level, { timestamp: new Date(), message, target }, message);
  }

  info(message: string, target = ''): void {
    this.message('info', message, target);
  }

  warn(message: string, target = ''): void {
    this.message('warn', message, target);
  }

  error(message: string, target = ''): void {
    this.message('error', message, target);
  }
}
