/**
 * Which attributes exist where, and the two checks every attribute list gets: unknown attributes and
 * attributes written twice (only `@@index`, `@@unique` and `@@fulltext` may repeat).
 */
import type { Attribute } from '../../syntax.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';

export const MODEL_FIELD_ATTRIBUTES = ['id', 'unique', 'map', 'default', 'relation', 'updatedAt', 'ignore', 'shardKey'];
export const MODEL_BLOCK_ATTRIBUTES = ['id', 'unique', 'index', 'fulltext', 'map', 'ignore', 'schema', 'shardKey'];
export const ENUM_VALUE_ATTRIBUTES = ['map'];
export const ENUM_BLOCK_ATTRIBUTES = ['map', 'schema'];
export const COMPOSITE_FIELD_ATTRIBUTES = ['map', 'default'];
const REPEATABLE = ['index', 'unique', 'fulltext'];

/** Is this a native type attribute (`@db.VarChar`)? Any dotted field attribute is one (a wrong prefix is reported by the native type validator). */
export function isNativeTypeAttribute(attribute: Attribute): boolean {
  return !attribute.isBlockAttribute && attribute.name.text.includes('.');
}

/**
 * Reports unknown and duplicated attributes; returns the known ones (native type attributes excluded,
 * they are checked by the native type validator).
 */
export function checkAttributeList(
  ctx: ValidationContext,
  attributes: readonly Attribute[],
  allowed: readonly string[],
  onDuplicate?: () => void,
): Attribute[] {
  const candidates: Attribute[] = [];
  for (const attribute of attributes) {
    if (isNativeTypeAttribute(attribute)) continue;
    if (!allowed.includes(attribute.name.text)) {
      const prefix = attribute.isBlockAttribute ? '@@' : '@';
      ctx.error(Codes.unknownAttribute, `Attribute not known: "${prefix}${attribute.name.text}".`, attribute.span);
      continue;
    }
    candidates.push(attribute);
  }
  // Runs for every field and block: one attribute cannot repeat, so most lists need no grouping at all.
  if (candidates.length < 2) return candidates;
  const byName = new Map<string, Attribute[]>();
  for (const attribute of candidates) {
    const list = byName.get(attribute.name.text);
    if (list) list.push(attribute);
    else byName.set(attribute.name.text, [attribute]);
  }
  // A repeated attribute takes no effect at all (as in Prisma); the repetition is reported.
  const repeated = new Set<string>();
  for (const [name, list] of byName) {
    if (list.length < 2 || (list[0]?.isBlockAttribute && REPEATABLE.includes(name))) continue;
    repeated.add(name);
    for (const attribute of list) ctx.error(Codes.duplicateAttribute, `Attribute "@${name}" can only be defined once.`, attribute.span);
  }
  if (repeated.size === 0) return candidates;
  onDuplicate?.();
  return candidates.filter((a) => !repeated.has(a.name.text));
}

/** The first attribute with this name (duplicates were reported). */
export function findAttribute(attributes: readonly Attribute[], name: string): Attribute | undefined {
  return attributes.find((a) => a.name.text === name);
}
