/**
 * One line inside a block: a field (model, view, composite type), an enum value, or a `key = value`
 * property (datasource, generator). Each rule needs the line break at its end, as Prisma's grammar
 * does; a rule that fails leaves the line to the caller's catch-all.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Attribute, Comment, ConfigProperty, EnumValue, Expression, Field, FieldType } from '../syntax.js';
import { parseAttribute } from './attribute.js';
import { commentAt, isCommentStart } from './comments.js';
import type { Parsed } from './expression.js';
import { identifierAt, parseExpression } from './expression.js';
import { parseFieldType } from './field-type.js';
import { ErrorCodes, Messages } from './messages.js';
import { identifierEnd, newlineEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { mark, report, rollback, spanOf } from './state.js';

/** Member lines are built without doc comments; the block fills them in (see MemberList in block.ts). */
const NO_DOC_COMMENTS: readonly Comment[] = Object.freeze([]);

/** Field attributes in a row, then an optional trailing comment, then the line break. */
function parseLineTail(state: ParserState, start: number): { attributes: Attribute[]; trailingComment: Comment | null; end: number } | null {
  const text = state.text;
  const attributes: Attribute[] = [];
  let pos = start;
  for (;;) {
    const attribute = parseAttribute(state, pos, false);
    if (!attribute) break;
    attributes.push(attribute.node);
    pos = skipWhitespace(text, attribute.end);
  }
  let trailingComment: Comment | null = null;
  if (isCommentStart(text, pos)) {
    trailingComment = commentAt(state, pos);
    pos = trailingComment.span.end;
  }
  const end = newlineEnd(text, pos);
  if (end === -1) return null;
  return { attributes, trailingComment, end };
}

/**
 * Prisma stops reading a field line at its first error and drops the field, so it reports nothing that
 * comes after: a legacy `:` is the line's only error (not the missing type that may follow, not `Int!`),
 * and a legacy type (`Int!`, `[Int]`) hides the errors in its `Unsupported("…")` string and in the
 * attributes. A missing type is found after the attributes were read (see dropMissingValueErrors).
 */
export function parseField(state: ParserState, start: number, keyword: string, blockName: string): Parsed<Field> | null {
  const text = state.text;
  const nameStop = identifierEnd(text, start);
  if (nameStop === -1) return null;
  const markAt = mark(state);
  let pos = skipWhitespace(text, nameStop);
  const hasColon = text.charCodeAt(pos) === 58;
  if (hasColon) {
    report(state, ErrorCodes.legacyColon, Messages.legacyColon, pos, pos + 1);
    pos = skipWhitespace(text, pos + 1);
  }
  const afterColon = mark(state);
  let type: FieldType | null = null;
  const parsedType = parseFieldType(state, pos);
  const afterType = mark(state);
  if (parsedType) {
    type = parsedType.node;
    pos = skipWhitespace(text, parsedType.end);
  }
  const tail = parseLineTail(state, pos);
  if (!tail) {
    rollback(state, markAt);
    return null;
  }
  if (hasColon) rollback(state, afterColon);
  else if (!type) {
    dropMissingValueErrors(state, afterType);
    report(state, ErrorCodes.fieldMissingType, Messages.fieldMissingType(keyword, blockName), start, tail.end);
  } else {
    const legacy = legacyTypeError(state, afterColon, afterType);
    if (legacy) {
      rollback(state, afterColon);
      state.diagnostics.push(legacy);
    }
  }
  const name = identifierAt(state, start, nameStop);
  const node: Field = { kind: 'Field', name, type, attributes: tail.attributes, docComments: NO_DOC_COMMENTS, documentation: null, trailingComment: tail.trailingComment, span: spanOf(state, start, tail.end) };
  return { node, end: tail.end };
}

/**
 * A field without a type is dropped after its attributes were read: their bad escapes are reported (Prisma
 * reports those while parsing), their arguments without a value are not (Prisma checks those on the fields it keeps).
 */
function dropMissingValueErrors(state: ParserState, from: number): void {
  const kept = state.diagnostics.slice(from).filter((d) => d.code !== ErrorCodes.argumentMissingValue);
  rollback(state, from);
  state.diagnostics.push(...kept);
}

/** The `Int!` or `[Int]` error the field type read between the two marks reported, if any. */
function legacyTypeError(state: ParserState, from: number, to: number): Diagnostic | undefined {
  for (let i = from; i < to; i++) {
    const diagnostic = state.diagnostics[i];
    if (diagnostic?.code === ErrorCodes.legacyRequired || diagnostic?.code === ErrorCodes.legacyList) return diagnostic;
  }
  return undefined;
}

export function parseEnumValue(state: ParserState, start: number): Parsed<EnumValue> | null {
  const text = state.text;
  const nameStop = identifierEnd(text, start);
  if (nameStop === -1) return null;
  const markAt = mark(state);
  const tail = parseLineTail(state, skipWhitespace(text, nameStop));
  if (!tail) {
    rollback(state, markAt);
    return null;
  }
  const name = identifierAt(state, start, nameStop);
  const node: EnumValue = { kind: 'EnumValue', name, attributes: tail.attributes, docComments: NO_DOC_COMMENTS, documentation: null, trailingComment: tail.trailingComment, span: spanOf(state, start, tail.end) };
  return { node, end: tail.end };
}

/** `key = value`; a missing value is kept as `null` (the caller reports it once the block is known). */
export function parseConfigProperty(state: ParserState, start: number): Parsed<ConfigProperty> | null {
  const text = state.text;
  const nameStop = identifierEnd(text, start);
  if (nameStop === -1) return null;
  const equals = skipWhitespace(text, nameStop);
  if (text.charCodeAt(equals) !== 61) return null;
  const markAt = mark(state);
  let pos = skipWhitespace(text, equals + 1);
  let value: Expression | null = null;
  const parsed = parseExpression(state, pos, null);
  if (parsed) {
    value = parsed.node;
    pos = skipWhitespace(text, parsed.end);
  }
  let trailingComment: Comment | null = null;
  let spanEnd = pos;
  if (isCommentStart(text, pos)) {
    trailingComment = commentAt(state, pos);
    spanEnd = trailingComment.span.end;
  }
  const end = newlineEnd(text, spanEnd);
  if (end === -1) {
    rollback(state, markAt);
    return null;
  }
  const name = identifierAt(state, start, nameStop);
  return { node: { kind: 'ConfigProperty', name, value, docComments: NO_DOC_COMMENTS, documentation: null, trailingComment, span: spanOf(state, start, spanEnd) }, end };
}
