/**
 * Blocks: `model|view|type|enum|datasource|generator Name {` ... `}`. As in Prisma's grammar, the rest
 * of the opening line belongs to the `{` (a comment there is kept), the block closes at the first line
 * that starts with `}`, and a line that is nothing valid becomes `Unparsed` with a diagnostic. A block
 * that never closes fails as a whole, and the caller reads its lines as top-level lines.
 */
import { assertNever } from '../../shared/internal-error.js';
import type { Attribute, BlankLine, Block, BlockAttributeLine, BlockKeyword, BlockMember, Comment, Identifier } from '../syntax.js';
import { parseAttribute, widenAttribute } from './attribute.js';
import { commentAt, documentationOf, isCommentStart, parseCommentBlock, splitDocSuffix } from './comments.js';
import { identifierAt } from './expression.js';
import type { ErrorCode } from './messages.js';
import { ErrorCodes, Messages } from './messages.js';
import { parseConfigProperty, parseEnumValue, parseField } from './members.js';
import { afterLine, identifierEnd, lineEnd, newlineEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { mark, report, rollback, spanOf } from './state.js';

const KEYWORDS: readonly BlockKeyword[] = ['model', 'type', 'view', 'enum', 'datasource', 'generator'];

export interface ParsedBlock {
  readonly block: Omit<Block, 'docComments' | 'documentation'>;
  readonly end: number;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

type DeclarationMember = Exclude<BlockMember, { kind: 'CommentLine' | 'BlankLine' | 'Unparsed' }>;

/** Builds members in order, turning comment runs into doc comments or comment lines. */
class MemberList {
  readonly members: BlockMember[] = [];
  private run: Comment[] = [];
  /** Prisma's pending comment block: survives blank lines and `@@` lines, taken by the next declaration. */
  private pending: Comment[] | null = null;

  constructor(private readonly state: ParserState) {}

  comments(comments: Comment[]): void {
    this.flushRun();
    this.run = comments;
    this.pending = comments;
  }

  other(member: BlankLine | BlockMember): void {
    this.flushRun();
    this.members.push(member);
  }

  declaration<T extends DeclarationMember>(node: T, takesDocumentation: boolean): void {
    const { free, docs } = splitDocSuffix(this.run);
    this.run = [];
    for (const comment of free) this.members.push(commentLine(comment));
    const pending = takesDocumentation ? this.pending : null;
    if (takesDocumentation) this.pending = null;
    const documentation = takesDocumentation ? documentationOf(pending, node.trailingComment) : null;
    // The node was built by this parse for this list alone: filling its doc fields in place saves a
    // copy of every member line (object spreads are slow in V8).
    const writable = node as Writable<T>;
    writable.docComments = docs;
    writable.documentation = documentation;
    this.members.push(node);
  }

  finish(): BlockMember[] {
    this.flushRun();
    return this.members;
  }

  private flushRun(): void {
    for (const comment of this.run) this.members.push(commentLine(comment));
    this.run = [];
  }

  blank(start: number, end: number): void {
    this.other({ kind: 'BlankLine', span: spanOf(this.state, start, end) });
  }
}

function commentLine(comment: Comment): BlockMember {
  return { kind: 'CommentLine', comment, span: comment.span };
}

/** Consumes whitespace-only lines from `start` (at a line break); returns the end of the run. */
export function blankRunEnd(text: string, start: number): number {
  let pos = newlineEnd(text, start);
  for (;;) {
    const next = newlineEnd(text, skipWhitespace(text, pos));
    if (next === -1) return pos;
    pos = next;
  }
}

export function parseBlock(state: ParserState, start: number): ParsedBlock | null {
  const text = state.text;
  const keyword = KEYWORDS.find((k) => text.startsWith(k, start));
  if (!keyword) return null;
  const nameStart = skipWhitespace(text, start + keyword.length);
  const nameStop = identifierEnd(text, nameStart);
  if (nameStop === -1) return null;
  const open = skipWhitespace(text, nameStop);
  if (text.charCodeAt(open) !== 123) return null;
  const openLineEnd = lineEnd(text, open + 1);
  const bodyStart = newlineEnd(text, openLineEnd);
  // No line after this one starts with `}`: the block cannot close (see ParserState.closeHorizon).
  if (bodyStart === -1 || bodyStart >= state.closeHorizon) return null;
  const afterBrace = skipWhitespace(text, open + 1);
  const openingComment = isCommentStart(text, afterBrace) ? commentAt(state, afterBrace) : null;
  const name = identifierAt(state, nameStart, nameStop);
  // Refract reports what Prisma loses: a declaration on the `{` line would vanish from the model.
  if (!openingComment && afterBrace < openLineEnd) {
    const junk = text.slice(afterBrace, openLineEnd).trimEnd();
    report(state, ErrorCodes.textAfterOpeningBrace, Messages.textAfterOpeningBrace(junk), afterBrace, afterBrace + junk.length);
  }
  const markAt = mark(state);
  const body = parseBody(state, bodyStart, keyword, name);
  if (!body) {
    rollback(state, markAt);
    return null;
  }
  const span = spanOf(state, start, body.end);
  if (keyword === 'datasource' || keyword === 'generator') {
    // Only the block's first property without a value is reported, as Prisma does (found by fuzzing).
    const missing = body.members.find((m) => m.kind === 'ConfigProperty' && m.value === null);
    if (missing?.kind === 'ConfigProperty') {
      report(state, ErrorCodes.propertyMissingValue, Messages.propertyMissingValue(missing.name.text, keyword, name.text), span.start, span.end);
    }
  }
  const block = { kind: 'Block', keyword, keywordSpan: spanOf(state, start, start + keyword.length), name, members: body.members, openingComment, span } as const;
  return { block, end: body.end };
}

function invalidLine(keyword: BlockKeyword): { code: ErrorCode; message: string } {
  switch (keyword) {
    case 'model':
    case 'view':
    case 'type':
      return { code: ErrorCodes.invalidModelLine, message: Messages.invalidModelLine };
    case 'enum':
      return { code: ErrorCodes.invalidEnumLine, message: Messages.invalidEnumLine };
    case 'datasource':
    case 'generator':
      return { code: ErrorCodes.invalidConfigLine, message: Messages.invalidConfigLine(keyword) };
    default:
      return assertNever(keyword, 'block keyword');
  }
}

/** The members up to the closing `}`; `end` is after the `}`. Null when the text ends first. */
function parseBody(state: ParserState, start: number, keyword: BlockKeyword, name: Identifier): { members: BlockMember[]; end: number } | null {
  const text = state.text;
  const list = new MemberList(state);
  const invalid = invalidLine(keyword);
  let pos = start;
  for (;;) {
    const at = skipWhitespace(text, pos);
    if (at >= text.length) return null;
    if (text.charCodeAt(at) === 125) return { members: list.finish(), end: at + 1 };
    const next = parseMember(state, at, keyword, name, list);
    if (next !== -1) {
      pos = next;
      continue;
    }
    const comments = parseCommentBlock(state, at);
    if (comments) {
      list.comments(comments.comments);
      pos = comments.end;
      continue;
    }
    if (newlineEnd(text, at) !== -1) {
      const end = blankRunEnd(text, at);
      list.blank(at, end);
      pos = end;
      continue;
    }
    const end = afterLine(text, at);
    report(state, invalid.code, invalid.message, at, end);
    list.other({ kind: 'Unparsed', text: text.slice(at, end), span: spanOf(state, at, end) });
    pos = end;
  }
}

/** A declaration line at `at`, added to `list`; returns the position after it, or -1. */
function parseMember(state: ParserState, at: number, keyword: BlockKeyword, name: Identifier, list: MemberList): number {
  switch (keyword) {
    case 'model':
    case 'view':
    case 'type': {
      const field = parseField(state, at, keyword, name.text);
      if (field) {
        list.declaration(field.node, true);
        return field.end;
      }
      return parseBlockAttributeLine(state, at, list);
    }
    case 'enum': {
      const value = parseEnumValue(state, at);
      if (value) {
        list.declaration(value.node, true);
        return value.end;
      }
      return parseBlockAttributeLine(state, at, list);
    }
    case 'datasource':
    case 'generator': {
      const property = parseConfigProperty(state, at);
      if (property) {
        list.declaration(property.node, true);
        return property.end;
      }
      return -1;
    }
    default:
      return assertNever(keyword, 'block keyword');
  }
}

function parseBlockAttributeLine(state: ParserState, at: number, list: MemberList): number {
  const text = state.text;
  const markAt = mark(state);
  const parsed = parseAttribute(state, at, true);
  if (!parsed) return -1;
  let pos = skipWhitespace(text, parsed.end);
  let trailingComment: Comment | null = null;
  let spanEnd = pos;
  if (isCommentStart(text, pos)) {
    trailingComment = commentAt(state, pos);
    spanEnd = trailingComment.span.end;
  }
  pos = skipWhitespace(text, spanEnd);
  const end = newlineEnd(text, pos);
  if (end === -1) {
    rollback(state, markAt);
    return -1;
  }
  const attribute: Attribute = widenAttribute(state, parsed.node, spanEnd);
  list.declaration<BlockAttributeLine>({ kind: 'BlockAttributeLine', attribute, docComments: [], documentation: null, trailingComment, span: spanOf(state, at, spanEnd) }, false);
  return end;
}
