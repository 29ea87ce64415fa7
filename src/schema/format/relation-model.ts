/**
 * What relation completion needs to know about a model: its fields, its id or unique fields, its
 * `@relation` arguments, and the fields it will gain. Read from the syntax tree only.
 */
import type { Span } from '../diagnostics.js';
import type { Attribute, Block, Field } from '../syntax.js';

export interface ModelInfo {
  readonly block: Block;
  /** The model's place among all models of all files. */
  readonly order: number;
  readonly fields: Field[];
  /** Fields replaced by a version with `fields`/`references` added. */
  readonly replaced: Map<Field, Field>;
  /** Fields added, in order; appended fields can be replaced too (pass 2 gives them foreign keys). */
  readonly appended: Field[];
  readonly span: Span;
}

export const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function relationAttributeOf(field: Field): Attribute | undefined {
  return field.attributes.find((a) => a.name.text === 'relation');
}

export function relationName(field: Field): string {
  const args = relationAttributeOf(field)?.arguments?.arguments ?? [];
  const named = args.find((a) => (a.name === null || a.name.text === 'name') && a.value?.kind === 'StringLiteral');
  return named?.value?.kind === 'StringLiteral' ? named.value.value : '';
}

export function argumentNames(field: Field, argument: string): string[] | null {
  const arg = relationAttributeOf(field)?.arguments?.arguments.find((a) => a.name?.text === argument);
  if (arg?.value?.kind !== 'ArrayExpression') return null;
  return arg.value.items.map((item) => (item.kind === 'ConstantValue' ? item.text : ''));
}

function blockAttributeFields(block: Block, name: string): string[][] {
  const out: string[][] = [];
  for (const member of block.members) {
    if (member.kind !== 'BlockAttributeLine' || member.attribute.name.text !== name) continue;
    const first = member.attribute.arguments?.arguments.find((a) => a.name === null || a.name.text === 'fields');
    if (first?.value?.kind !== 'ArrayExpression') continue;
    out.push(first.value.items.map((item) => (item.kind === 'ConstantValue' ? item.text : item.kind === 'FunctionCall' ? item.name.text : '')));
  }
  return out;
}

const hasAttribute = (field: Field, name: string) => field.attributes.some((a) => a.name.text === name);

/** The fields a relation to this model references: its id, else its first unique field. */
export function referencedFields(info: ModelInfo): Field[] {
  const byName = (name: string) => info.fields.find((f) => f.name.text === name);
  const single = info.fields.find((f) => hasAttribute(f, 'id'));
  if (single) return [single];
  const compound = blockAttributeFields(info.block, 'id')[0];
  if (compound) return compound.map(byName).filter((f): f is Field => f !== undefined);
  const unique = info.fields.find((f) => hasAttribute(f, 'unique'));
  return unique ? [unique] : [];
}

export function isUniqueSet(info: ModelInfo, names: readonly string[]): boolean {
  const same = (set: readonly string[]) => set.length === names.length && set.every((n) => names.includes(n));
  if (names.length === 1) {
    const field = info.fields.find((f) => f.name.text === names[0]);
    if (field && (hasAttribute(field, 'id') || hasAttribute(field, 'unique'))) return true;
  }
  return [...blockAttributeFields(info.block, 'id'), ...blockAttributeFields(info.block, 'unique')].some(same);
}
