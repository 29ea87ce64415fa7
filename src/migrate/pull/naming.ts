/**
 * Names for a pulled schema. Fresh, they follow the database (`schemaName`). Re-introspecting an
 * existing schema (Prisma's behaviour on `db pull` over a project), they keep what the database
 * cannot say: model, field, enum and relation field names, enum-typed columns on databases without
 * enums, `@updatedAt` and defaults the client fills in (`cuid()`, `uuid()`, ...).
 */
import type { DbForeignKey } from '../../dialects/ddl/description.js';
import type { DefaultValue, Model, RelationField, Schema, ScalarField } from '../../schema/model.js';
import type { SchemaName } from './names.js';
import { schemaName } from './names.js';

export interface FieldExtras {
  /** The enum a text column holds (SQLite, MySQL without native enum). */
  readonly enumType: string | null;
  readonly updatedAt: boolean;
  /** `@default(...)` argument the database cannot hold (`cuid()`), or null. */
  readonly clientDefault: string | null;
}

export interface RelationNames {
  readonly forward: string;
  readonly back: string;
  /** The relation name to write, or null to leave it implicit. */
  readonly name: string | null;
}

export interface Naming {
  model(table: string): SchemaName;
  field(table: string, column: string): SchemaName;
  extras(table: string, column: string): FieldExtras;
  enumName(dbName: string): SchemaName;
  enumValue(enumDbName: string, value: string): SchemaName;
  /** Names kept from the previous schema for a foreign key, or null when it is new. */
  relation(table: string, fk: DbForeignKey): RelationNames | null;
  /** Field names kept for an implicit many-to-many join table: [field on A's model, field on B's model]. */
  joinRelation(joinTable: string): RelationNames | null;
}

const NONE: FieldExtras = { enumType: null, updatedAt: false, clientDefault: null };

export function freshNaming(): Naming {
  return {
    model: schemaName,
    field: (_table, column) => schemaName(column),
    extras: () => NONE,
    enumName: schemaName,
    enumValue: (_enum, value) => schemaName(value),
    relation: () => null,
    joinRelation: () => null,
  };
}

function named(name: string, dbName: string): SchemaName {
  return { name, mappedFrom: name === dbName ? null : dbName };
}

const CLIENT_DEFAULTS = new Set(['cuid', 'uuid', 'ulid', 'nanoid']);

/** Versions the validator fills in for `cuid()` / `uuid()`; written back without them. */
const IMPLIED_VERSION: Readonly<Record<string, number>> = { cuid: 1, uuid: 4 };

function clientDefault(value: DefaultValue | null): string | null {
  if (value?.kind !== 'function' || !CLIENT_DEFAULTS.has(value.name)) return null;
  const args = value.args.length === 1 && value.args[0] === IMPLIED_VERSION[value.name] ? [] : value.args;
  return `${value.name}(${args.map((a) => (typeof a === 'number' ? String(a) : JSON.stringify(a))).join(', ')})`;
}

export function namingFrom(previous: Schema): Naming {
  const fresh = freshNaming();
  const models = new Map(previous.models.map((m) => [m.dbName, m]));
  const scalar = (table: string, column: string): { model: Model; field: ScalarField } | null => {
    const model = models.get(table);
    const field = model?.fields.find((f): f is ScalarField => f.kind !== 'relation' && f.dbName === column);
    return model !== undefined && field !== undefined ? { model, field } : null;
  };
  const enums = new Map(previous.enums.map((e) => [e.dbName, e]));
  const defaultRelationName = (a: string, b: string): string => [a, b].sort().join('To');
  return {
    model: (table) => {
      const model = models.get(table);
      return model === undefined ? fresh.model(table) : named(model.name, table);
    },
    field: (table, column) => {
      const found = scalar(table, column);
      return found === null ? fresh.field(table, column) : named(found.field.name, column);
    },
    extras: (table, column) => {
      const found = scalar(table, column);
      if (found === null) return NONE;
      const enumDef = found.field.kind === 'enum' ? previous.enums.find((e) => e.name === found.field.type) : undefined;
      return { enumType: enumDef?.name ?? null, updatedAt: found.field.isUpdatedAt, clientDefault: clientDefault(found.field.default) };
    },
    enumName: (dbName) => {
      const e = enums.get(dbName);
      return e === undefined ? fresh.enumName(dbName) : named(e.name, dbName);
    },
    enumValue: (enumDbName, value) => {
      const v = enums.get(enumDbName)?.values.find((x) => x.dbName === value);
      return v === undefined ? fresh.enumValue(enumDbName, value) : named(v.name, value);
    },
    relation: (table, fk) => {
      const model = models.get(table);
      if (model === undefined) return null;
      const columns = (names: readonly string[]): string[] => names.map((n) => model.fields.find((f) => f.name === n)).map((f) => (f !== undefined && f.kind !== 'relation' ? f.dbName : ''));
      const relation = previous.relations.find(
        (r) => r.kind !== 'manyToMany' && r.referencing.model === model.name && columns(r.fields).join('\u0000') === fk.columns.join('\u0000'),
      );
      if (relation === undefined) return null;
      const forward = model.fields.find((f): f is RelationField => f.kind === 'relation' && f.name === relation.referencing.field);
      const explicit = forward !== undefined && relation.name !== defaultRelationName(relation.referencing.model, relation.referenced.model);
      return { forward: relation.referencing.field, back: relation.referenced.field, name: explicit ? relation.name : null };
    },
    joinRelation: (joinTable) => {
      const relation = previous.relations.find((r) => r.kind === 'manyToMany' && r.joinTable?.name === joinTable);
      if (relation?.joinTable === undefined || relation.joinTable === null) return null;
      const join = relation.joinTable;
      // `referencing`/`referenced` are the relation's two ends; find the field on A's model and on B's.
      const onA = relation.referencing.model === join.modelA ? relation.referencing.field : relation.referenced.field;
      const onB = relation.referencing.model === join.modelA ? relation.referenced.field : relation.referencing.field;
      const explicit = relation.name !== defaultRelationName(join.modelA, join.modelB);
      return { forward: onA, back: onB, name: explicit ? relation.name : null };
    },
  };
}
