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

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The end of an identifier made of ASCII only, or -1 (not an identifier) or -2 (a non-ASCII character
 * is involved: the caller uses the Unicode-aware regex). Most schemas are ASCII; this keeps them fast.
 */
function asciiIdentifierEnd(text: string, pos: number): number {
  const first = text.charCodeAt(pos);
  if (first >= 128) return -2;
  if (!isAsciiAlphanumeric(first)) return -1;
  let i = pos + 1;
  for (;;) {
    const code = text.charCodeAt(i);
    if (isAsciiAlphanumeric(code) || code === 95 || code === 45) i++;
    else return code >= 128 ? -2 : i;
  }
}

export function identifierEnd(text: string, pos: number): number {
  const end = asciiIdentifierEnd(text, pos);
  return end === -2 ? sticky(IDENTIFIER, text, pos) : end;
}

export function pathEnd(text: string, pos: number): number {
  let end = asciiIdentifierEnd(text, pos);
  if (end === -2) return sticky(PATH, text, pos);
  if (end === -1) return -1;
  // `a.b`, `a.`, `a..b`: dots, each optionally followed by an identifier.
  while (text.charCodeAt(end) === 46) {
    const next = asciiIdentifierEnd(text, end + 1);
    if (next === -2) return sticky(PATH, text, pos);
    end = next === -1 ? end + 1 : next;
  }
  return end;
}

export function numberEnd(text: string, pos: number): number {
  return sticky(NUMBER, text, pos);
}

export function startsWith(text: string, pos: number, literal: string): boolean {
  return text.startsWith(literal, pos);
}
