/**
 * Character-level scanning shared by the parser's rules. The grammar is Prisma's: whitespace is spaces,
 * tabs and the other Unicode space separators, never a line break; a line break is `\n`, `\r\n` or `\r`.
 * Every function takes a position and returns the end of what it matched, or -1 when nothing matched.
 */

/** Unicode category Zs (space separators) plus tab: the grammar's WHITESPACE. */
export function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function skipWhitespace(text: string, pos: number): number {
  while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The end of the line break at `pos`, or -1. */
export function newlineEnd(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  if (code === 10) return pos + 1;
  if (code === 13) return text.charCodeAt(pos + 1) === 10 ? pos + 2 : pos + 1;
  return -1;
}

/** The position of the next line break at or after `pos` (or the end of the text). */
export function lineEnd(text: string, pos: number): number {
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 10 || code === 13) return pos;
    pos++;
  }
  return pos;
}

/** After the rest of the line and its line break (if any). */
export function afterLine(text: string, pos: number): number {
  const end = lineEnd(text, pos);
  const nl = newlineEnd(text, end);
  return nl === -1 ? end : nl;
}

// Identifiers start with an ASCII digit or a Unicode letter and go on with letters, digits, `_` and `-`
// (what Prisma 7 accepts: `üx` is a name, `_x` and `٣` are not). A path is dotted identifiers.
const IDENTIFIER = /[\p{L}0-9][\p{L}0-9_-]*/uy;
const PATH = /[\p{L}0-9][\p{L}0-9_-]*(?:\.(?:[\p{L}0-9][\p{L}0-9_-]*)?)*/uy;
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?/y;

function sticky(regex: RegExp, text: string, pos: number): number {
  regex.lastIndex = pos;
  return regex.test(text) ? regex.lastIndex : -1;
}

export function identifierEnd(text: string, pos: number): number {
  return sticky(IDENTIFIER, text, pos);
}

export function pathEnd(text: string, pos: number): number {
  return sticky(PATH, text, pos);
}

export function numberEnd(text: string, pos: number): number {
  return sticky(NUMBER, text, pos);
}

export function startsWith(text: string, pos: number, literal: string): boolean {
  return text.startsWith(literal, pos);
}
