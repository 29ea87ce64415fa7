// Hand-built validated schemas for migrate tests (until the parser and validator land). Names follow
// Prisma's rules the way the validator fills them in: `<table>_pkey`, `_key`, `_idx`, `_fkey`.
import type {
  DefaultValue, Enum, Field, IndexField, Model, Provider, ReferentialAction, Relation, RelationField, Schema, ScalarField, UniqueConstraint,
} from '../../../src/schema/model.js';

const span = { file: 'schema.prisma', start: 0, end: 0 };

export interface ScalarOptions {
  optional?: boolean;
  list?: boolean;
  id?: boolean;
  unique?: boolean;
  default?: DefaultValue;
  updatedAt?: boolean;
  map?: string;
  enum?: boolean;
}

export function scalar(name: string, type: string, options: ScalarOptions = {}): ScalarField {
  return {
    kind: options.enum ? 'enum' : 'scalar',
    name,
    type,
    dbName: options.map ?? name,
    isList: options.list ?? false,
    isRequired: !(options.optional ?? false),
    isIgnored: false,
    documentation: null,
    span,
    default: options.default ?? null,
    defaultMapName: null,
    isId: options.id ?? false,
    isUnique: options.unique ?? false,
    isUpdatedAt: options.updatedAt ?? false,
    nativeType: null,
    isForeignKey: false,
  };
}

export function relationField(name: string, type: string, relationName: string, options: { list?: boolean; optional?: boolean; fields?: string[]; references?: string[] } = {}): RelationField {
  return {
    kind: 'relation',
    name,
    type,
    relationName,
    isList: options.list ?? false,
    isRequired: !(options.optional ?? false) && !(options.list ?? false),
    isIgnored: false,
    documentation: null,
    span,
    fields: options.fields ?? [],
    references: options.references ?? [],
    onDelete: null,
    onUpdate: null,
    mapName: null,
  };
}

export const autoincrement: DefaultValue = { kind: 'function', name: 'autoincrement', args: [] };
export const now: DefaultValue = { kind: 'function', name: 'now', args: [] };
export const num = (value: string): DefaultValue => ({ kind: 'number', value });
export const str = (value: string): DefaultValue => ({ kind: 'string', value });
export const bool = (value: boolean): DefaultValue => ({ kind: 'boolean', value });
export const enumValue = (value: string): DefaultValue => ({ kind: 'enum', value });

const indexFields = (names: readonly string[]): IndexField[] => names.map((name) => ({ name, sort: null, length: null, ops: null }));

export function model(name: string, fields: Field[], options: { id?: string[]; uniques?: string[][]; indexes?: string[][]; map?: string } = {}): Model {
  const table = options.map ?? name;
  const col = (f: string): string => {
    const found = fields.find((x) => x.name === f);
    return found && found.kind !== 'relation' ? found.dbName : f;
  };
  const idFields = options.id ?? fields.filter((f) => f.kind !== 'relation' && f.isId).map((f) => f.name);
  const fieldUniques: UniqueConstraint[] = fields
    .filter((f): f is ScalarField => f.kind !== 'relation' && f.isUnique)
    .map((f) => ({ name: f.name, dbName: `${table}_${f.dbName}_key`, fields: indexFields([f.name]), clustered: null, isFieldLevel: true }));
  const modelUniques: UniqueConstraint[] = (options.uniques ?? []).map((names) => ({
    name: names.join('_'), dbName: `${table}_${names.map(col).join('_')}_key`, fields: indexFields(names), clustered: null, isFieldLevel: false,
  }));
  return {
    kind: 'model',
    name,
    dbName: table,
    schema: null,
    fields,
    primaryKey: idFields.length === 0 ? null : { name: null, dbName: `${table}_pkey`, fields: indexFields(idFields), clustered: null, isFieldLevel: options.id === undefined },
    uniques: [...fieldUniques, ...modelUniques],
    indexes: (options.indexes ?? []).map((names) => ({
      kind: 'normal' as const, name: null, dbName: `${table}_${names.map(col).join('_')}_idx`, fields: indexFields(names), algorithm: null, clustered: null, where: null,
    })),
    isIgnored: false,
    documentation: null,
    span,
  };
}

export function relation(
  name: string,
  referencing: [model: string, field: string],
  referenced: [model: string, field: string],
  options: { fields: string[]; references: string[]; onDelete?: ReferentialAction; onUpdate?: ReferentialAction; table: string; optional: boolean; oneToOne?: boolean },
): Relation {
  return {
    name,
    kind: options.oneToOne ? 'oneToOne' : 'oneToMany',
    referencing: { model: referencing[0], field: referencing[1] },
    referenced: { model: referenced[0], field: referenced[1] },
    fields: options.fields,
    references: options.references,
    onDelete: options.onDelete ?? (options.optional ? 'SetNull' : 'Restrict'),
    onUpdate: options.onUpdate ?? 'Cascade',
    foreignKeyName: `${options.table}_${options.fields.join('_')}_fkey`,
    joinTable: null,
  };
}

export function manyToMany(name: string, a: [model: string, field: string], b: [model: string, field: string]): Relation {
  return {
    name, kind: 'manyToMany', referencing: { model: a[0], field: a[1] }, referenced: { model: b[0], field: b[1] },
    fields: [], references: [], onDelete: 'Cascade', onUpdate: 'Cascade', foreignKeyName: null,
    joinTable: { name: `_${name}`, modelA: a[0], modelB: b[0] },
  };
}

export function enumDef(name: string, values: string[]): Enum {
  return { name, dbName: name, values: values.map((v) => ({ name: v, dbName: v, documentation: null })), schema: null, documentation: null, span };
}

export function schema(provider: Provider, models: Model[], relations: Relation[] = [], enums: Enum[] = []): Schema {
  return {
    datasource: { name: 'db', provider, url: null, directUrl: null, shadowDatabaseUrl: null, relationMode: 'foreignKeys', schemas: [], extensions: [], span },
    generators: [],
    models,
    enums,
    compositeTypes: [],
    relations,
  };
}
