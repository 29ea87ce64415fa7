/** The schema front end: text -> syntax tree -> validated model, plus the formatter and diagnostics. */
export * from './diagnostics.js';
export type * from './model.js';
export type * as Syntax from './syntax.js';
