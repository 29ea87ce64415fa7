/**
 * Fast lookups over the validated schema, computed once per client module: models and fields by
 * name, and for every relation field which side holds the foreign key and how to join.
 */
import type { ColumnType } from '../../dialects/dialect.js';
import type { Model, Relation, RelationField, Schema, ScalarField } from '../../schema/model.js';

export interface RelationInfo {
  readonly field: RelationField;
  readonly relation: Relation;
  readonly model: ModelInfo;
  readonly target: ModelInfo;
  /** 'fk': this model holds the foreign key; 'back': the target does; 'join': implicit many-to-many. */
  readonly kind: 'fk' | 'back' | 'join';
  readonly isList: boolean;
  /** Pairs of (column on this model, column on target) that join the two rows (empty for 'join'). */
  readonly localFields: readonly ScalarField[];
  readonly targetFields: readonly ScalarField[];
  /** Implicit many-to-many: the join table, and which of its columns points at this model / the target. */
  readonly joinTable: string | null;
  readonly joinLocalColumn: string;
  readonly joinTargetColumn: string;
}

export interface UniqueCriterion {
  /** The where-unique key: a field name, or the compound name (`slug_lang`). */
  readonly name: string;
  readonly fields: readonly ScalarField[];
}

export interface ModelInfo {
  readonly model: Model;
  readonly name: string;
  readonly table: string;
  readonly scalars: readonly ScalarField[];
  readonly scalarByName: ReadonlyMap<string, ScalarField>;
  readonly relations: Map<string, RelationInfo>;
  /** Primary key fields (or the first unique's when the model has none). */
  readonly idFields: readonly ScalarField[];
  readonly uniques: readonly UniqueCriterion[];
  /** Enum fields whose enum maps values (`@map`): field name -> JS value <-> database value. */
  readonly enumMaps: ReadonlyMap<string, EnumMap>;
}

export interface EnumMap {
  readonly toDb: ReadonlyMap<string, string>;
  readonly fromDb: ReadonlyMap<string, string>;
}

/** The database value of an enum input (identity unless the enum `@map`s it). */
export function enumToDb(index: SchemaIndex, field: ScalarField, value: unknown): unknown {
  if (field.kind !== 'enum') return value;
  const map = index.enumMaps.get(field.type);
  return map && typeof value === 'string' ? (map.toDb.get(value) ?? value) : value;
}

/** The enum value of a database value (identity unless the enum `@map`s it). */
export function enumFromDb(map: EnumMap | undefined, value: unknown): unknown {
  return map && typeof value === 'string' ? (map.fromDb.get(value) ?? value) : value;
}

export interface SchemaIndex {
  readonly schema: Schema;
  readonly models: ReadonlyMap<string, ModelInfo>;
  /** Delegate name (`postTag`) -> model name. */
  readonly delegates: ReadonlyMap<string, string>;
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** Enums that `@map` values, by enum name. */
  readonly enumMaps: ReadonlyMap<string, EnumMap>;
}

export function columnTypeOf(field: ScalarField): ColumnType {
  return field.kind === 'enum' ? 'Enum' : (field.type as ColumnType);
}

export function delegateName(model: string): string {
  return model.charAt(0).toLowerCase() + model.slice(1);
}

export function buildSchemaIndex(schema: Schema): SchemaIndex {
  const models = new Map<string, ModelInfo>();
  const mappedEnums = new Map<string, EnumMap>();
  for (const e of schema.enums) {
    if (e.values.every((v) => v.dbName === v.name)) continue;
    mappedEnums.set(e.name, { toDb: new Map(e.values.map((v) => [v.name, v.dbName])), fromDb: new Map(e.values.map((v) => [v.dbName, v.name])) });
  }
  for (const model of schema.models) {
    if (model.isIgnored) continue;
    const scalars = model.fields.filter((f): f is ScalarField => f.kind !== 'relation' && !f.isIgnored);
    const scalarByName = new Map(scalars.map((f) => [f.name, f]));
    const byName = (n: string): ScalarField => scalarByName.get(n) as ScalarField;
    const uniques: UniqueCriterion[] = [];
    if (model.primaryKey) {
      const fields = model.primaryKey.fields.map((f) => byName(f.name));
      uniques.push({ name: model.primaryKey.name ?? fields.map((f) => f.name).join('_'), fields });
    }
    for (const u of model.uniques) {
      const fields = u.fields.map((f) => byName(f.name));
      uniques.push({ name: fields.length === 1 ? (fields[0] as ScalarField).name : u.name, fields });
    }
    const idFields = uniques[0]?.fields ?? scalars;
    const enumMaps = new Map<string, EnumMap>();
    for (const f of scalars) {
      const map = f.kind === 'enum' ? mappedEnums.get(f.type) : undefined;
      if (map) enumMaps.set(f.name, map);
    }
    models.set(model.name, { model, name: model.name, table: model.dbName, scalars, scalarByName, relations: new Map(), idFields, uniques, enumMaps });
  }
  for (const info of models.values()) {
    for (const field of info.model.fields) {
      if (field.kind !== 'relation' || field.isIgnored) continue;
      const relation = schema.relations.find((r) =>
        r.name === field.relationName && ((r.referencing.model === info.name && r.referencing.field === field.name) || (r.referenced.model === info.name && r.referenced.field === field.name)));
      const target = models.get(field.type);
      if (!relation || !target) continue;
      const targetScalar = (n: string): ScalarField => target.scalarByName.get(n) as ScalarField;
      const localScalar = (n: string): ScalarField => info.scalarByName.get(n) as ScalarField;
      if (relation.kind === 'manyToMany') {
        const join = relation.joinTable;
        const isA = join ? join.modelA === info.name : true;
        // A self many-to-many: the relation field whose name sorts first is the A side (Prisma's rule).
        const other = relation.referencing.field === field.name ? relation.referenced.field : relation.referencing.field;
        const selfA = relation.referencing.model === relation.referenced.model ? field.name < other : isA;
        info.relations.set(field.name, {
          field, relation, model: info, target, kind: 'join', isList: true,
          localFields: info.idFields, targetFields: target.idFields,
          joinTable: join ? join.name : `_${relation.name}`,
          joinLocalColumn: selfA ? 'A' : 'B', joinTargetColumn: selfA ? 'B' : 'A',
        });
        continue;
      }
      const holdsFk = relation.referencing.model === info.name && relation.referencing.field === field.name;
      info.relations.set(field.name, {
        field, relation, model: info, target, kind: holdsFk ? 'fk' : 'back', isList: field.isList,
        localFields: holdsFk ? relation.fields.map(localScalar) : relation.references.map(localScalar),
        targetFields: holdsFk ? relation.references.map(targetScalar) : relation.fields.map(targetScalar),
        joinTable: null, joinLocalColumn: '', joinTargetColumn: '',
      });
    }
  }
  const delegates = new Map([...models.keys()].map((m) => [delegateName(m), m]));
  const enums = new Map(schema.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
  return { schema, models, delegates, enums, enumMaps: mappedEnums };
}
