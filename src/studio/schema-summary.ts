/**
 * What the page knows about the schema: each model's columns (type, nullability, defaults, which
 * filters fit), its identity (how to address one row), its relations and a label field to show a
 * linked record by. Derived once from the validated schema; the page never parses Prisma schema text.
 */
import type { DefaultValue, Field, Model, Schema } from '../schema/model.js';
import { assertNever } from '../shared/internal-error.js';

export interface StudioField {
  readonly name: string;
  /** `scalar` (a ScalarType in `type`), `enum` (the enum's name), `relation` (the model's name), or `unsupported`. */
  readonly kind: 'scalar' | 'enum' | 'relation' | 'unsupported';
  readonly type: string;
  readonly isList: boolean;
  readonly isRequired: boolean;
  readonly isId: boolean;
  readonly isUnique: boolean;
  readonly isUpdatedAt: boolean;
  /** A foreign key column (set through its relation field in the form). */
  readonly isForeignKey: boolean;
  /** The default as the form shows it (`autoincrement()`, `now()`, `"USER"`), or null. */
  readonly default: string | null;
  /** Relation fields: the foreign key fields on this side (empty on the back side), the referenced fields. */
  readonly relationFields?: readonly string[];
  readonly relationReferences?: readonly string[];
  /** Relation fields: the field on the other model pointing back here. */
  readonly backRelation?: string;
}

export interface StudioModel {
  readonly name: string;
  readonly kind: 'model' | 'view';
  readonly fields: readonly StudioField[];
  /** Fields that address one row, and the compound unique's name when there are several. */
  readonly identity: { readonly fields: readonly string[]; readonly compoundName: string | null } | null;
  /** A field to show a linked record by (`name`, `title`, `email`…), or the first id field. */
  readonly labelField: string | null;
}

export interface StudioSchema {
  readonly provider: string;
  readonly models: readonly StudioModel[];
  readonly enums: Readonly<Record<string, readonly string[]>>;
  readonly readOnly: boolean;
}

const LABEL_NAMES = ['name', 'title', 'label', 'email', 'username', 'slug', 'code'];

export function summarizeSchema(schema: Schema, readOnly: boolean): StudioSchema {
  return {
    provider: schema.datasource?.provider ?? 'sqlite',
    models: schema.models.filter((m) => !m.isIgnored).map((m) => summarizeModel(schema, m)),
    enums: Object.fromEntries(schema.enums.map((e) => [e.name, e.values.map((v) => v.name)])),
    readOnly,
  };
}

function summarizeModel(schema: Schema, model: Model): StudioModel {
  const fields = model.fields.filter((f) => !f.isIgnored).map((f) => summarizeField(schema, model, f));
  return { name: model.name, kind: model.kind, fields, identity: identityOf(model), labelField: labelOf(model) };
}

function summarizeField(schema: Schema, model: Model, field: Field): StudioField {
  const common = { name: field.name, isList: field.isList, isRequired: field.isRequired };
  if (field.kind === 'relation') {
    const relation = schema.relations.find((r) => r.name === field.relationName && (r.referencing.model === model.name || r.referenced.model === model.name));
    const back = relation ? (relation.referencing.model === model.name && relation.referencing.field === field.name ? relation.referenced.field : relation.referencing.field) : undefined;
    return {
      ...common,
      kind: 'relation',
      type: field.type,
      isId: false,
      isUnique: false,
      isUpdatedAt: false,
      isForeignKey: false,
      default: null,
      relationFields: field.fields,
      relationReferences: field.references,
      ...(back ? { backRelation: back } : {}),
    };
  }
  return {
    ...common,
    kind: field.kind === 'composite' ? 'unsupported' : field.kind,
    type: field.type,
    isId: field.isId,
    isUnique: field.isUnique,
    isUpdatedAt: field.isUpdatedAt,
    isForeignKey: field.isForeignKey,
    default: field.default ? showDefault(field.default) : null,
  };
}

function showDefault(value: DefaultValue): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
    case 'enum':
      return value.value;
    case 'boolean':
      return String(value.value);
    case 'list':
      return `[${value.values.map(showDefault).join(', ')}]`;
    case 'function':
      return `${value.name}(${value.args.map((a) => (typeof a === 'string' ? JSON.stringify(a) : String(a))).join(', ')})`;
    default:
      return assertNever(value, 'default value');
  }
}

function identityOf(model: Model): StudioModel['identity'] {
  if (model.primaryKey) {
    const fields = model.primaryKey.fields.map((f) => f.name);
    return { fields, compoundName: fields.length > 1 ? (model.primaryKey.name ?? fields.join('_')) : null };
  }
  const unique = model.uniques[0];
  if (!unique) return null;
  const fields = unique.fields.map((f) => f.name);
  return { fields, compoundName: fields.length > 1 ? unique.name : null };
}

function labelOf(model: Model): string | null {
  const strings = model.fields.filter((f) => f.kind === 'scalar' && f.type === 'String' && !f.isList);
  for (const name of LABEL_NAMES) {
    const hit = strings.find((f) => f.name.toLowerCase() === name);
    if (hit) return hit.name;
  }
  const text = strings.find((f) => f.kind === 'scalar' && !f.isId);
  return text?.name ?? model.primaryKey?.fields[0]?.name ?? null;
}
