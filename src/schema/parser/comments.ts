/**
 * Comments: runs of `//` / `///` lines (Prisma's comment blocks), trailing comments, and the rules that
 * attach `///` lines to the declaration below them.
 */
import type { Comment } from '../syntax.js';
import { lineEnd, newlineEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { spanOf } from './state.js';

/** The comment starting at `start` (which must be at `//`) and running to the end of the line. */
export function commentAt(state: ParserState, start: number): Comment {
  const end = lineEnd(state.text, start);
  const text = state.text.slice(start, end);
  return { kind: 'Comment', text, isDoc: text.startsWith('///'), span: spanOf(state, start, end) };
}

export function isCommentStart(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === 47 && text.charCodeAt(pos + 1) === 47;
}

/** A comment block: comment lines in a row (each may be indented), with their line breaks. */
export function parseCommentBlock(state: ParserState, start: number): { comments: Comment[]; end: number } | null {
  const text = state.text;
  const comments: Comment[] = [];
  let pos = start;
  for (;;) {
    const at = skipWhitespace(text, pos);
    if (!isCommentStart(text, at)) break;
    const comment = commentAt(state, at);
    comments.push(comment);
    const nl = newlineEnd(text, comment.span.end);
    pos = nl === -1 ? comment.span.end : nl;
    if (nl === -1) break;
  }
  return comments.length ? { comments, end: pos } : null;
}

/** A doc comment's text as Prisma's documentation has it: without `///` and the spaces after it. */
export function docText(comment: Comment): string {
  return comment.text.slice(3).replace(/^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/u, '');
}

/** Prisma's documentation from a comment block above a declaration and its trailing comment. */
export function documentationOf(block: readonly Comment[] | null, trailing: Comment | null): string | null {
  if (!block?.length && !trailing?.isDoc) return null;
  const lines = (block ?? []).filter((c) => c.isDoc).map(docText);
  if (trailing?.isDoc) lines.push(docText(trailing));
  return lines.length ? lines.join('\n') : null;
}

/** Splits a comment run into the lines that stay on their own and the `///` lines right above a declaration. */
const NO_COMMENTS: readonly Comment[] = Object.freeze([]);

export function splitDocSuffix(run: readonly Comment[]): { free: readonly Comment[]; docs: readonly Comment[] } {
  if (run.length === 0) return { free: NO_COMMENTS, docs: NO_COMMENTS };
  let cut = run.length;
  while (cut > 0 && run[cut - 1]?.isDoc) cut--;
  return { free: run.slice(0, cut), docs: run.slice(cut) };
}
