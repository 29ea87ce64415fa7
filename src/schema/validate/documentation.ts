/** `///` comments above a declaration, as Prisma's `documentation`: the text after `///`, lines joined by `\n`. */
import type { Comment } from '../syntax.js';

export function documentation(docComments: readonly Comment[]): string | null {
  if (docComments.length === 0) return null;
  return docComments.map((c) => c.text.replace(/^\/\/\/ ?/, '').trimEnd()).join('\n');
}
