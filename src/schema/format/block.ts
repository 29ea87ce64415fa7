/**
 * Prints one block as Prisma's formatter does: the header normalised (`model Name {`; a comment after the
 * brace is kept, where Prisma drops it: Refract does not delete what a user wrote), fields / values / properties in aligned columns, blank lines collapsed (and
 * dropped at the start and end of the block and right before a block attribute), then every `@@` line
 * moved to the end after one blank line, in Prisma's attribute order, each with the comment lines
 * written right above it.
 */
import { assertNever } from '../../shared/internal-error.js';
import type { Attribute, Block, BlockAttributeLine, BlockMember, Comment, EnumValue, Field, FieldType } from '../syntax.js';
import { printAttribute, printExpression } from './expression.js';
import { Table } from './table.js';

const INDENT = '  ';

/** Prisma's order of block attributes and of field attributes; the others follow in the order written. */
const BLOCK_ATTRIBUTE_ORDER: readonly string[] = ['id', 'unique', 'index', 'fulltext', 'map', 'ignore'];
const FIELD_ATTRIBUTE_ORDER: readonly string[] = ['id', 'unique', 'default', 'updatedAt', 'map', 'relation', 'ignore'];

function rank(order: readonly string[], attribute: Attribute): number {
  const found = order.indexOf(attribute.name.text);
  return found === -1 ? order.length : found;
}

/** A stable sort by Prisma's order. */
function sortedBy<T>(items: readonly T[], order: readonly string[], attributeOf: (item: T) => Attribute): readonly T[] {
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++) {
    const previous = items[i - 1];
    const item = items[i];
    if (previous !== undefined && item !== undefined && rank(order, attributeOf(previous)) > rank(order, attributeOf(item))) inOrder = false;
  }
  if (inOrder) return items;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(order, attributeOf(a.item)) - rank(order, attributeOf(b.item)) || a.index - b.index)
    .map((entry) => entry.item);
}

/** The type as written for `Unsupported(...)` (Prisma keeps its inner spacing), normalised otherwise. */
function printType(type: FieldType, text: string): string {
  let base = type.name.text;
  if (type.unsupported) {
    const written = text.slice(type.span.start, type.span.end);
    base = written.slice(0, written.lastIndexOf(')') + 1);
  }
  const suffix = type.arity === 'list' ? (type.invalidArity ? '[]?' : '[]') : type.arity === 'optional' ? '?' : '';
  return base + suffix;
}

function fieldCells(field: Field, text: string): string[] {
  const cells = [field.name.text];
  if (field.type) cells.push(printType(field.type, text));
  if (field.attributes.length) cells.push(sortedBy(field.attributes, FIELD_ATTRIBUTE_ORDER, (a) => a).map(printAttribute).join(' '));
  return cells;
}

/** Prisma prints an enum value's attributes with nothing in between (`@map("a")@db.X`); so do we. */
function enumValueCells(value: EnumValue): string[] {
  return value.attributes.length ? [value.name.text, value.attributes.map(printAttribute).join('')] : [value.name.text];
}

function comment(c: Comment | null): string | null {
  return c ? c.text : null;
}

interface MovedAttribute {
  readonly comments: readonly string[];
  readonly line: BlockAttributeLine;
}

/** Comment lines written right above a block attribute (no blank line between) move with it. */
function attachedComments(members: readonly BlockMember[]): Set<number> {
  const attached = new Set<number>();
  members.forEach((member, i) => {
    if (member.kind !== 'BlockAttributeLine') return;
    for (let j = i - 1; j >= 0 && members[j]?.kind === 'CommentLine'; j--) attached.add(j);
  });
  return attached;
}

/** Is the member at `i` the start of a moved attribute (its comments or the attribute line)? */
function startsMovedAttribute(members: readonly BlockMember[], attached: Set<number>, i: number): boolean {
  return members[i]?.kind === 'BlockAttributeLine' || attached.has(i);
}

export function printBlock(block: Block, text: string): string[] {
  const out: string[] = block.docComments.map((c) => c.text);
  out.push(`${block.keyword} ${block.name.text} {${block.openingComment ? ` ${block.openingComment.text}` : ''}`);
  const members = block.members;
  const attached = attachedComments(members);
  const table = new Table();
  const moved: MovedAttribute[] = [];
  let pendingComments: string[] = [];
  members.forEach((member, i) => {
    switch (member.kind) {
      case 'BlankLine':
        if (i > 0 && i < members.length - 1 && !startsMovedAttribute(members, attached, i + 1)) table.blank();
        return;
      case 'CommentLine':
        if (attached.has(i)) pendingComments.push(member.comment.text);
        else table.line(member.comment.text);
        return;
      case 'Field':
        for (const doc of member.docComments) table.line(doc.text);
        table.cells(fieldCells(member, text), comment(member.trailingComment));
        return;
      case 'EnumValue':
        for (const doc of member.docComments) table.line(doc.text);
        table.cells(enumValueCells(member), comment(member.trailingComment));
        return;
      case 'ConfigProperty': {
        for (const doc of member.docComments) table.line(doc.text);
        const cells = [member.name.text, '='];
        if (member.value) cells.push(printExpression(member.value));
        table.cells(cells, comment(member.trailingComment));
        return;
      }
      case 'BlockAttributeLine':
        moved.push({ comments: [...pendingComments, ...member.docComments.map((c) => c.text)], line: member });
        pendingComments = [];
        return;
      case 'Unparsed':
        table.line(member.text.replace(/[\r\n]+$/, ''));
        return;
      default:
        assertNever(member, 'block member');
    }
  });
  out.push(...table.render(INDENT));
  if (moved.length) {
    out.push('');
    for (const m of sortedBy(moved, BLOCK_ATTRIBUTE_ORDER, (entry) => entry.line.attribute)) {
      for (const c of m.comments) out.push(INDENT + c);
      const trailing = m.line.trailingComment ? ` ${m.line.trailingComment.text}` : '';
      out.push(INDENT + printAttribute(m.line.attribute) + trailing);
    }
  }
  out.push('}');
  return out;
}
