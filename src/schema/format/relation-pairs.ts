/**
 * Which relations relation completion handles, and in which order: Prisma's. A relation is a field
 * without an opposite, or a pair of fields that are each other's only opposite (same relation name);
 * relations with several candidate opposites (ambiguous for Prisma too) are left out.
 */
import type { Field } from '../syntax.js';
import type { ModelInfo } from './relation-model.js';
import { argumentNames, relationName } from './relation-model.js';

export interface Relation {
  readonly owner: ModelInfo;
  /** The forward field: the one that holds (or should hold) the foreign key. */
  readonly field: Field;
  readonly target: ModelInfo;
  /** The opposite field, `null` when it is missing. */
  readonly other: Field | null;
  /** The forward field's position in the file: the order Prisma handles relations in. */
  readonly at: number;
}

function comesFirst(owner: ModelInfo, field: Field, target: ModelInfo, other: Field): boolean {
  if (owner !== target) return owner.order < target.order;
  return field.span.start < other.span.start;
}

/** Is `field` the forward side of its pair with `other`? */
function forwardSide(owner: ModelInfo, field: Field, target: ModelInfo, other: Field): boolean {
  const list = field.type?.arity === 'list';
  const otherList = other.type?.arity === 'list';
  if (list !== otherList) return !list;
  if (list) return comesFirst(owner, field, target, other);
  const fields = relationHasFields(field);
  const otherFields = relationHasFields(other);
  if (fields !== otherFields) return fields;
  return lowerSide(owner, field, target, other);
}

function relationHasFields(field: Field): boolean {
  return argumentNames(field, 'fields') !== null;
}

/** Of two singular sides, the one whose model (then field) name sorts first holds the foreign key. */
function lowerSide(owner: ModelInfo, field: Field, target: ModelInfo, other: Field): boolean {
  const a = owner.block.name.text;
  const b = target.block.name.text;
  if (a !== b) return a < b;
  return field.name.text < other.name.text;
}

/** The relations of `models`, in the order Prisma handles them: by the position of their forward field. */
export function collectRelations(models: ReadonlyMap<string, ModelInfo>): Relation[] {
  const isRelationField = (f: Field) => f.type !== null && !f.type.unsupported && models.has(f.type.name.text);
  const relationFields = new Map<ModelInfo, Field[]>();
  for (const info of models.values()) relationFields.set(info, info.fields.filter(isRelationField));
  const opposites = (field: Field, owner: ModelInfo): Field[] => {
    const target = models.get(field.type?.name.text ?? '');
    if (!target) return [];
    const name = relationName(field);
    return (relationFields.get(target) ?? []).filter((g) => g !== field && g.type?.name.text === owner.block.name.text && relationName(g) === name);
  };
  const relations: Relation[] = [];
  // `at` counts every field of every model, relation or not.
  let position = 0;
  for (const owner of models.values()) {
    for (const field of owner.fields) {
      const at = position++;
      if (!isRelationField(field)) continue;
      const target = models.get(field.type?.name.text ?? '');
      if (!target || !field.type) continue;
      const others = opposites(field, owner);
      if (others.length === 0) {
        relations.push({ owner, field, target, other: null, at });
        continue;
      }
      const [other] = others;
      if (others.length !== 1 || !other?.type || opposites(other, target).length !== 1) continue;
      if (forwardSide(owner, field, target, other)) relations.push({ owner, field, target, other, at });
    }
  }
  return relations.sort((a, b) => a.at - b.at);
}
