/**
 * The `log` constructor option: `['query', 'info', 'warn', 'error']` (each printed to stdout) or
 * `[{ emit: 'event' | 'stdout', level }]` (an `event` level is delivered to `$on(level, ...)`).
 */
import { PrismaClientConstructorValidationError } from './constructor-validation-error.js';

export type LogLevel = 'query' | 'info' | 'warn' | 'error';
export type LogEmit = 'stdout' | 'event';

export const LOG_LEVELS: readonly LogLevel[] = ['query', 'info', 'warn', 'error'];

export interface LogDefinition {
  readonly level: LogLevel;
  readonly emit: LogEmit;
}

function isLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value);
}

function invalid(value: unknown): PrismaClientConstructorValidationError {
  return new PrismaClientConstructorValidationError(
    `Invalid value ${JSON.stringify(value)} for "log" provided to PrismaClient constructor.\nExpected one of ${LOG_LEVELS.map((l) => `"${l}"`).join(', ')} or an object { level, emit: "stdout" | "event" }.`,
  );
}

/** The log definitions of a `log` option (undefined: nothing is logged). */
export function parseLogOption(option: unknown): readonly LogDefinition[] {
  if (option === undefined) return [];
  if (!Array.isArray(option)) throw invalid(option);
  return option.map((entry: unknown): LogDefinition => {
    if (isLevel(entry)) return { level: entry, emit: 'stdout' };
    if (typeof entry === 'object' && entry !== null) {
      const { level, emit } = entry as { level?: unknown; emit?: unknown };
      if (isLevel(level) && (emit === 'stdout' || emit === 'event')) return { level, emit };
    }
    throw invalid(entry);
  });
}
