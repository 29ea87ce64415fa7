/**
 * The top level of a file: blocks, comments, blank lines, and lines that are nothing valid. Tried in
 * Prisma's order: a block, `type X = Y` (rejected), `word {` ... `}` (rejected), a comment block, blank
 * lines, and finally the rest of the line as an error.
 */
import type { Block, Comment, TopLevelItem } from '../syntax.js';
import { parseAttribute } from './attribute.js';
import { blankRunEnd, parseBlock } from './block.js';
import { documentationOf, parseCommentBlock, splitDocSuffix } from './comments.js';
import { ErrorCodes, Messages } from './messages.js';
import { afterLine, identifierEnd, lineEnd, newlineEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { report, spanOf } from './state.js';

export function parseTopLevel(state: ParserState): TopLevelItem[] {
  const text = state.text;
  const items: TopLevelItem[] = [];
  let run: readonly Comment[] = [];
  const flush = () => {
    for (const comment of run) items.push({ kind: 'CommentLine', comment, span: comment.span });
    run = [];
  };
  const lastBrace = text.lastIndexOf('}');
  let pos = 0;
  for (;;) {
    const at = skipWhitespace(text, pos);
    if (at >= text.length) break;
    const parsed = parseBlock(state, at);
    if (parsed) {
      const { free, docs } = splitDocSuffix(run);
      const documentation = documentationOf(run, null);
      run = free;
      flush();
      const block: Block = { ...parsed.block, docComments: docs, documentation };
      items.push(block);
      // The line break right after `}` ends the block's line; it is not a blank line.
      const rest = skipWhitespace(text, parsed.end);
      const nl = newlineEnd(text, rest);
      pos = nl === -1 ? parsed.end : nl;
      continue;
    }
    const alias = typeAliasEnd(state, at);
    const arbitrary = alias === -1 && at < lastBrace ? arbitraryBlockEnd(state, at) : -1;
    const rejectedEnd = alias !== -1 ? alias : arbitrary;
    if (rejectedEnd !== -1) {
      flush();
      if (alias !== -1) report(state, ErrorCodes.typeAlias, Messages.typeAlias, at, alias);
      else report(state, ErrorCodes.invalidBlock, Messages.invalidBlock, at, arbitrary);
      items.push({ kind: 'Unparsed', text: text.slice(at, rejectedEnd), span: spanOf(state, at, rejectedEnd) });
      pos = rejectedEnd;
      continue;
    }
    const comments = parseCommentBlock(state, at);
    if (comments) {
      flush();
      run = comments.comments;
      pos = comments.end;
      continue;
    }
    flush();
    if (newlineEnd(text, at) !== -1) {
      const end = blankRunEnd(text, at);
      items.push({ kind: 'BlankLine', span: spanOf(state, at, end) });
      pos = end;
      continue;
    }
    const end = afterLine(text, at);
    report(state, ErrorCodes.invalidTopLevelLine, Messages.invalidTopLevelLine, at, end);
    items.push({ kind: 'Unparsed', text: text.slice(at, end), span: spanOf(state, at, end) });
    pos = end;
  }
  flush();
  return items;
}

/** `type Name = Base @attr...` (Prisma parses it only to reject it); the end, or -1. */
function typeAliasEnd(state: ParserState, at: number): number {
  const text = state.text;
  if (!text.startsWith('type', at)) return -1;
  const nameStart = skipWhitespace(text, at + 4);
  const nameStop = identifierEnd(text, nameStart);
  if (nameStop === -1) return -1;
  const equals = skipWhitespace(text, nameStop);
  if (text.charCodeAt(equals) !== 61) return -1;
  const baseStart = skipWhitespace(text, equals + 1);
  const base = baseEnd(state, baseStart);
  if (base === -1) return -1;
  // As in Prisma's grammar, the spaces after the base type belong to the alias when no attribute follows.
  let end = skipWhitespace(text, base);
  const diagnostics = state.diagnostics.length;
  for (let first = true; ; first = false) {
    const attribute = parseAttribute(state, first ? end : skipWhitespace(text, end), false);
    if (!attribute) break;
    end = attribute.node.span.end;
  }
  // The alias is reported as a whole; nothing inside it is.
  state.diagnostics.length = diagnostics;
  return end;
}

function baseEnd(state: ParserState, start: number): number {
  const text = state.text;
  if (text.startsWith('Unsupported(', start)) {
    const close = text.indexOf(')', start);
    const quote = skipWhitespace(text, start + 12);
    if (close !== -1 && text.charCodeAt(quote) === 34) return close + 1;
  }
  return identifierEnd(text, start);
}

/** `word {` ... `}` with any content: the end after `}`, or -1. */
function arbitraryBlockEnd(state: ParserState, at: number): number {
  const text = state.text;
  const nameStop = identifierEnd(text, at);
  if (nameStop === -1) return -1;
  const open = skipWhitespace(text, nameStop);
  if (text.charCodeAt(open) !== 123) return -1;
  const bodyStart = newlineEnd(text, lineEnd(text, open));
  if (bodyStart === -1) return -1;
  const close = text.indexOf('}', bodyStart);
  return close === -1 ? -1 : close + 1;
}
