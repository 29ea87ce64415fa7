/**
 * The parser's mutable state: the text, the diagnostics found so far, and what is known about where
 * blocks can close. Rules backtrack (the grammar is a PEG), so a rule that fails rolls the diagnostics
 * back to the mark it took on entry.
 */
import type { Diagnostic, Span } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import type { ErrorCode } from './messages.js';

export interface ParserState {
  readonly text: string;
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  /**
   * The start of the first line from which no later line starts with `}`: a block opened at or after it
   * can never close. Lets a run of unclosed blocks fail in constant time instead of rescanning to the end.
   */
  closeHorizon: number;
  /** How deeply expressions are nested where the parser is now (see MAX_EXPRESSION_DEPTH). */
  depth: number;
}

/**
 * Expressions nested deeper than this are not read (the line becomes `Unparsed`): the parser recurses
 * on nesting, and must not overflow the stack on input like 5,000 `[`.
 */
export const MAX_EXPRESSION_DEPTH = 256;

export function createState(text: string, file: string): ParserState {
  return { text, file, diagnostics: [], closeHorizon: computeCloseHorizon(text), depth: 0 };
}

/** The position just after the last line whose first non-blank character is `}` (0 if none). */
function computeCloseHorizon(text: string): number {
  const lastClose = /(?:^|[\n\r])[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*\}/g;
  let horizon = 0;
  for (let match = lastClose.exec(text); match; match = lastClose.exec(text)) horizon = match.index + match[0].length;
  return horizon;
}

export function spanOf(state: ParserState, start: number, end: number): Span {
  return { file: state.file, start, end };
}

export function report(state: ParserState, code: ErrorCode, message: string, start: number, end: number): void {
  state.diagnostics.push(error(code, message, spanOf(state, start, end)));
}

export function mark(state: ParserState): number {
  return state.diagnostics.length;
}

export function rollback(state: ParserState, markAt: number): void {
  state.diagnostics.length = markAt;
}
