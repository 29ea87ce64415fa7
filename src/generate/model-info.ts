/**
 * Facts about a model the declaration builders need, derived once from the validated schema: which
 * fields the client sees, which scalars are foreign keys of which relation, each relation field's
 * back field, and the model's unique keys.
 */
import type { Model, RelationField, Schema, ScalarField } from '../schema/model.js';
import { InternalError } from '../shared/internal-error.js';

export interface RelationInfo {
  readonly field: RelationField;
  /** The relation field on the other model pointing back here. */
  readonly backField: RelationField;
  /** This side holds the foreign key (`fields: [...]`). */
  readonly holdsForeignKey: boolean;
  readonly isManyToMany: boolean;
}

export interface UniqueKey {
  /** The where-unique key: a field name, or a compound name (`slug_lang`). */
  readonly name: string;
  readonly fields: readonly ScalarField[];
}

export interface ModelInfo {
  readonly model: Model;
  /** Scalar and enum fields the client reads and writes, in declaration order. */
  readonly scalars: readonly ScalarField[];
  readonly relations: readonly RelationInfo[];
  readonly uniqueKeys: readonly UniqueKey[];
  /** Relation field name -> the names of its foreign key scalars (this side only). */
  readonly foreignKeysOf: ReadonlyMap<string, readonly string[]>;
  /** Every scalar that is part of some relation's foreign key on this model. */
  readonly foreignKeys: ReadonlySet<string>;
}

export class GenerateError extends Error {
  override readonly name = 'GenerateError';
}

function backFieldOf(schema: Schema, model: Model, field: RelationField): RelationField {
  const relation = schema.relations.find((r) => r.name === field.relationName && [r.referencing, r.referenced].some((end) => end.model === model.name && end.field === field.name));
  if (!relation) throw new InternalError(`relation ${field.relationName} of ${model.name}.${field.name} is not in the schema's relations`);
  const isReferencing = relation.referencing.model === model.name && relation.referencing.field === field.name;
  const other = isReferencing ? relation.referenced : relation.referencing;
  const otherModel = schema.models.find((m) => m.name === other.model);
  const back = otherModel?.fields.find((f): f is RelationField => f.kind === 'relation' && f.name === other.field);
  if (!back) throw new GenerateError(`The relation field ${model.name}.${field.name} has no opposite relation field on ${other.model}.`);
  return back;
}

function isClientScalar(field: ScalarField): boolean {
  return !field.isIgnored && (field.kind === 'scalar' || field.kind === 'enum');
}

export function modelInfo(schema: Schema, model: Model): ModelInfo {
  const scalars = model.fields.filter((f): f is ScalarField => f.kind !== 'relation' && isClientScalar(f));
  const visibleModels = new Set(schema.models.filter((m) => !m.isIgnored).map((m) => m.name));
  const relations = model.fields
    .filter((f): f is RelationField => f.kind === 'relation' && !f.isIgnored && visibleModels.has(f.type))
    .map((field) => {
      const backField = backFieldOf(schema, model, field);
      return { field, backField, holdsForeignKey: field.fields.length > 0, isManyToMany: field.isList && backField.isList };
    });
  const byName = new Map(scalars.map((f) => [f.name, f]));
  const keyOf = (name: string, fieldNames: readonly string[]): UniqueKey | null => {
    const fields = fieldNames.map((n) => byName.get(n));
    return fields.every((f): f is ScalarField => f !== undefined) ? { name, fields } : null;
  };
  const keys: UniqueKey[] = [];
  const pk = model.primaryKey;
  if (pk) {
    const names = pk.fields.map((f) => f.name);
    const key = keyOf(names.length === 1 ? (names[0] ?? '') : (pk.name ?? names.join('_')), names);
    if (key) keys.push(key);
  }
  for (const unique of model.uniques) {
    const names = unique.fields.map((f) => f.name);
    const key = keyOf(names.length === 1 ? (names[0] ?? '') : unique.name, names);
    if (key && !keys.some((k) => k.name === key.name)) keys.push(key);
  }
  const foreignKeysOf = new Map(relations.filter((r) => r.holdsForeignKey).map((r) => [r.field.name, r.field.fields]));
  return { model, scalars, relations, uniqueKeys: keys, foreignKeysOf, foreignKeys: new Set([...foreignKeysOf.values()].flat()) };
}
