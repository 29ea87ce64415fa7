/**
 * The schema parser: text -> lossless syntax tree (src/schema/syntax.ts) + syntax diagnostics.
 *
 * It reads exactly what Prisma's grammar reads, rule for rule (a PEG, so the first alternative that
 * matches wins), and never throws: a line that is nothing valid becomes an `Unparsed` item with a
 * diagnostic, and parsing goes on with the next line, so every syntax error is reported at once.
 */
import type { Diagnostic, SourceFile } from '../diagnostics.js';
import type { SchemaFile } from '../syntax.js';
import { createState } from './state.js';
import { parseTopLevel } from './top-level.js';

export interface ParseResult {
  readonly file: SchemaFile;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseSchema(source: SourceFile): ParseResult {
  const state = createState(source.text, source.path);
  const items = parseTopLevel(state);
  const diagnostics = [...state.diagnostics].sort((a, b) => a.span.start - b.span.start);
  return { file: { kind: 'SchemaFile', source, items }, diagnostics };
}

export { ErrorCodes } from './messages.js';
