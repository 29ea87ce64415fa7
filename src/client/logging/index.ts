/** Client logging: the `log` option, `$on` events, stdout lines (`prisma:query ...`). */
export { ClientLogger } from './logger.js';
export type { LogSink } from './logger.js';
export { parseLogOption, LOG_LEVELS } from './log-option.js';
export type { LogLevel, LogEmit, LogDefinition } from './log-option.js';
export { serializeParams, QUERY_TARGET } from './events.js';
export type { QueryEvent, LogEvent } from './events.js';
export { PrismaClientConstructorValidationError } from './constructor-validation-error.js';
