/**
 * Attributes: `@name(args)` after a field or enum value, `@@name(args)` on a line of its own.
 * Whitespace may follow the `@`/`@@` (`@ default(1)` is accepted, as Prisma does).
 */
import type { Attribute } from '../syntax.js';
import type { Parsed } from './expression.js';
import { identifierAt, parseArgumentList } from './expression.js';
import { pathEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { spanOf } from './state.js';

/**
 * Parses `@x(...)` (or `@@x(...)` when `block`) at `start`. `end` is where the attribute's own tokens stop;
 * the span follows Prisma's (see `Attribute.span`), so a caller that adds a trailing comment widens it.
 */
export function parseAttribute(state: ParserState, start: number, block: boolean): Parsed<Attribute> | null {
  const text = state.text;
  const sigil = block ? 2 : 1;
  if (text.charCodeAt(start) !== 64) return null;
  if (block ? text.charCodeAt(start + 1) !== 64 : false) return null;
  const nameStart = skipWhitespace(text, start + sigil);
  const nameStop = pathEnd(text, nameStart);
  if (nameStop === -1) return null;
  const name = identifierAt(state, nameStart, nameStop);
  const afterName = skipWhitespace(text, nameStop);
  const args = parseArgumentList(state, afterName, { attribute: name.text, block, inArray: false });
  const end = args ? args.end : nameStop;
  const spanEnd = args ? args.end : afterName;
  return { node: { kind: 'Attribute', isBlockAttribute: block, name, arguments: args ? args.node : null, span: spanOf(state, start, spanEnd) }, end };
}

/** The same attribute with its span widened to `end` (Prisma's block attribute spans). */
export function widenAttribute(state: ParserState, attribute: Attribute, end: number): Attribute {
  return { ...attribute, span: spanOf(state, attribute.span.start, end) };
}
