/**
 * Field types: `Name`, `Name?`, `Name[]`, `Unsupported("...")` with the same suffixes, and the forms
 * Prisma parses only to reject: `Name[]?` (kept, `invalidArity`, the validator reports it), `Name!` and
 * `[Name]` (reported here, read as required and list).
 */
import type { Arity, FieldType, Identifier, StringLiteral } from '../syntax.js';
import type { Parsed } from './expression.js';
import { identifierAt } from './expression.js';
import { ErrorCodes, Messages } from './messages.js';
import { identifierEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { report, spanOf } from './state.js';
import { parseStringLiteral, stringLiteralEnd } from './string-literal.js';

interface BaseType {
  readonly name: Identifier;
  readonly unsupported: StringLiteral | null;
  readonly end: number;
}

const UNSUPPORTED = 'Unsupported(';

function parseBaseType(state: ParserState, start: number): BaseType | null {
  const text = state.text;
  if (text.startsWith(UNSUPPORTED, start)) {
    const stringStart = skipWhitespace(text, start + UNSUPPORTED.length);
    const stringStop = stringLiteralEnd(text, stringStart);
    if (stringStop !== -1) {
      const close = skipWhitespace(text, stringStop);
      if (text.charCodeAt(close) === 41) {
        const name = identifierAt(state, start, start + UNSUPPORTED.length - 1);
        return { name, unsupported: parseStringLiteral(state, stringStart, stringStop), end: close + 1 };
      }
    }
  }
  const stop = identifierEnd(text, start);
  if (stop === -1) return null;
  return { name: identifierAt(state, start, stop), unsupported: null, end: stop };
}

function fieldType(state: ParserState, base: BaseType, arity: Arity, invalidArity: boolean, start: number, end: number): Parsed<FieldType> {
  return { node: { kind: 'FieldType', name: base.name, arity, unsupported: base.unsupported, invalidArity, span: spanOf(state, start, end) }, end };
}

export function parseFieldType(state: ParserState, start: number): Parsed<FieldType> | null {
  const text = state.text;
  const base = parseBaseType(state, start);
  if (!base) return parseLegacyListType(state, start);
  const after = skipWhitespace(text, base.end);
  if (text.startsWith('[]', after)) {
    const question = skipWhitespace(text, after + 2);
    if (text.charCodeAt(question) === 63) return fieldType(state, base, 'list', true, start, question + 1);
    return fieldType(state, base, 'list', false, start, after + 2);
  }
  const code = text.charCodeAt(after);
  if (code === 63) return fieldType(state, base, 'optional', false, start, after + 1);
  if (code === 33) {
    report(state, ErrorCodes.legacyRequired, Messages.legacyRequired, start, after + 1);
    return fieldType(state, base, 'required', false, start, after + 1);
  }
  return fieldType(state, base, 'required', false, start, base.end);
}

function parseLegacyListType(state: ParserState, start: number): Parsed<FieldType> | null {
  const text = state.text;
  if (text.charCodeAt(start) !== 91) return null;
  const base = parseBaseType(state, skipWhitespace(text, start + 1));
  if (!base) return null;
  const close = skipWhitespace(text, base.end);
  if (text.charCodeAt(close) !== 93) return null;
  report(state, ErrorCodes.legacyList, Messages.legacyList, start, close + 1);
  return fieldType(state, base, 'list', false, start, close + 1);
}
