/**
 * String literals: `"` ... `"` on one line, JSON escapes. The scan accepts any `\` + character (as
 * Prisma's grammar does); decoding then reports unknown escapes and bad `\u` sequences.
 */
import type { StringLiteral } from '../syntax.js';
import { ErrorCodes, Messages } from './messages.js';
import type { ParserState } from './state.js';
import { report, spanOf } from './state.js';

/** The end of the string literal at `pos` (after its closing quote), or -1. */
export function stringLiteralEnd(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 34) return -1;
  let i = pos + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code === 92) {
      if (i + 1 >= text.length) return -1;
      i += codePointLength(text, i + 1) + 1;
      continue;
    }
    if (code < 0x20) return -1;
    i++;
  }
  return -1;
}

function codePointLength(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(pos + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** Reads `\u` + up to four hex digits at `pos` (the backslash): the code unit, or null, and the end. */
function readUnicodeEscape(text: string, pos: number, limit: number): { unit: number | null; end: number } {
  let i = pos + 2;
  while (i < limit && i < pos + 6 && isHex(text.charCodeAt(i))) i++;
  if (i - pos < 6) return { unit: null, end: i };
  return { unit: parseInt(text.slice(pos + 2, i), 16), end: i };
}

/** Builds the literal for `[start, end)` (quotes included), reporting bad escapes. */
export function parseStringLiteral(state: ParserState, start: number, end: number): StringLiteral {
  const text = state.text;
  const contentEnd = end - 1;
  let value = '';
  let i = start + 1;
  let chunkStart = i;
  while (i < contentEnd) {
    if (text.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    value += text.slice(chunkStart, i);
    const escaped = text[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[escaped];
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (escaped === 'u') {
      i = decodeUnicode(state, i, contentEnd, (decoded) => (value += decoded));
    } else {
      const length = 1 + codePointLength(text, i + 1);
      report(state, ErrorCodes.unknownEscape, Messages.unknownEscape, i, i + length);
      value += text.slice(i, i + length);
      i += length;
    }
    chunkStart = i;
  }
  value += text.slice(chunkStart, contentEnd);
  return { kind: 'StringLiteral', value, raw: text.slice(start, end), span: spanOf(state, start, end) };
}

/** Where Prisma's span for a bad `\u` escape ends (it leaves out a lone hex digit at the end of the string). */
function badEscapeEnd(pos: number, end: number, limit: number): number {
  return end - pos === 3 && end === limit ? pos + 2 : end;
}

/** Decodes `\uXXXX` (and a following low surrogate escape); returns the position after it. */
function decodeUnicode(state: ParserState, pos: number, limit: number, emit: (decoded: string) => void): number {
  const text = state.text;
  const bad = (end: number, reportEnd = end) => {
    report(state, ErrorCodes.invalidUnicodeEscape, Messages.invalidUnicodeEscape, pos, reportEnd);
    emit(text.slice(pos, end));
    return end;
  };
  const first = readUnicodeEscape(text, pos, limit);
  if (first.unit === null) return bad(first.end, badEscapeEnd(pos, first.end, limit));
  if (first.unit >= 0xdc00 && first.unit <= 0xdfff) return bad(first.end);
  if (first.unit < 0xd800 || first.unit > 0xdbff) {
    emit(String.fromCharCode(first.unit));
    return first.end;
  }
  // A high surrogate must be followed by a `\u` low surrogate. When the next escape is incomplete, the
  // high surrogate is reported alone and the next escape on its own (as Prisma does).
  if (text.charCodeAt(first.end) !== 92 || text.charCodeAt(first.end + 1) !== 117) return bad(first.end);
  const second = readUnicodeEscape(text, first.end, limit);
  if (second.unit === null) return bad(first.end);
  if (second.unit < 0xdc00 || second.unit > 0xdfff) return bad(second.end);
  emit(String.fromCharCode(first.unit, second.unit));
  return second.end;
}
