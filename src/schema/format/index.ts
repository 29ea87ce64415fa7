/**
 * The formatter: a walk over the syntax tree that writes exactly what Prisma's formatter writes (the
 * tests compare with Prisma's own on generated schemas). Blocks are separated by one blank line, blank
 * lines collapse to one, comments stay where they are, line breaks become `\n`.
 */
import type { SourceFile } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import { parseSchema } from '../parser/index.js';
import type { SchemaFile } from '../syntax.js';
import { assertNever } from '../../shared/internal-error.js';
import { printBlock } from './block.js';
import { addMissingRelationFields, addMissingRelationFieldsAcross } from './relations.js';

/**
 * Formats one parsed file, adding the missing opposite relation fields as Prisma's formatter does. A
 * file with syntax errors is printed on a best-effort basis.
 */
export function formatSchema(parsed: SchemaFile): string {
  return printFile(addMissingRelationFields(parsed));
}

/**
 * Formats the files of a multi-file schema together, as Prisma's formatter does: a missing opposite
 * relation field is added in the file of its model. Returns the texts in the order given.
 */
export function formatSchemas(files: readonly SchemaFile[]): string[] {
  return addMissingRelationFieldsAcross(files).map(printFile);
}

function printFile(file: SchemaFile): string {
  const text = file.source.text;
  const out: string[] = [];
  let blankPending = false;
  let previousBlockEnd = -1;
  for (const item of file.items) {
    switch (item.kind) {
      case 'BlankLine':
        blankPending = out.length > 0;
        break;
      case 'Block':
        if (blankPending) out.push('');
        out.push(...printBlock(item, text));
        // The line break after `}` counts as a blank line before whatever follows.
        blankPending = true;
        previousBlockEnd = item.span.end;
        break;
      case 'CommentLine': {
        const sameLineAsBrace = previousBlockEnd !== -1 && !/[\r\n]/.test(text.slice(previousBlockEnd, item.span.start));
        if (blankPending && !sameLineAsBrace) out.push('');
        out.push(item.comment.text);
        blankPending = false;
        break;
      }
      case 'Unparsed':
        if (blankPending) out.push('');
        out.push(item.text.replace(/[\r\n]+$/, ''));
        blankPending = false;
        break;
      default:
        assertNever(item, 'top-level item');
    }
    if (item.kind !== 'Block') previousBlockEnd = -1;
  }
  return `${out.join('\n')}\n`;
}

/** Parses and formats `text`; a file with syntax errors comes back unchanged. */
export function formatText(text: string, path = 'schema.prisma'): string {
  const source: SourceFile = { path, text };
  const { file, diagnostics } = parseSchema(source);
  if (hasErrors(diagnostics)) return text;
  return formatSchema(file);
}
