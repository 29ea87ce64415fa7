/** The DDL model shared by migrate and every dialect's DDL folder: description, statements, dialect hooks. */
export type * from './description.js';
export { emptyDbSchema } from './description.js';
export type * from './statements.js';
export { STATEMENT_ORDER } from './statements.js';
export type * from './dialect.js';
export { DdlError } from './errors.js';
export { keptChecks, scalarFamily, quoteDoubleQuoted, renderReferentialAction, sqlStringLiteral } from './helpers.js';
