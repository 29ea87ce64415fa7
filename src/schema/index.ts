/** The schema front end: text -> syntax tree -> validated model, plus the formatter and diagnostics. */
export * from './diagnostics.js';
export type * from './model.js';
export type * as Syntax from './syntax.js';
export { parseSchema, type ParseResult } from './parser/index.js';
export { formatSchema, formatSchemas, formatText } from './format/index.js';
export { validateSchema, resolveConfigValue, MissingEnvVarError, type ValidateResult } from './validate/index.js';
