/**
 * The database a validated schema asks for: one table per model (views are the user's SQL and are not
 * described), columns typed by the provider's dialect, primary keys, indexes in Prisma's order, foreign
 * keys from relations, and one join table per implicit many-to-many relation.
 */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { DbColumn, DbEnum, DbForeignKey, DbIndex, DbIndexColumn, DbSchema, DbTable } from '../../dialects/ddl/description.js';
import type { IndexField, Model, Relation, Schema, ScalarField } from '../../schema/model.js';
import { ddlDialectFor, providerOf } from '../dialects.js';
import { describeJoinTable } from './join-table.js';
import { columnName, modelOf } from './lookup.js';

export function describeSchema(schema: Schema, dialect: DdlDialect = ddlDialectFor(providerOf(schema))): DbSchema {
  const tables: DbTable[] = schema.models.filter((m) => m.kind === 'model').map((model) => describeModel(model, schema, dialect));
  const joinTables = schema.relations
    .filter((r) => r.kind === 'manyToMany' && r.joinTable !== null)
    .map((r) => describeJoinTable(r, schema, dialect))
    // relationMode = "prisma": no foreign keys anywhere, join tables included (as Prisma).
    .map((t) => (schema.datasource?.relationMode === 'prisma' ? { ...t, foreignKeys: [] } : t))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const enums: DbEnum[] = dialect.capabilities.nativeEnums
    ? schema.enums.map((e) => ({ name: e.dbName, schema: e.schema, values: e.values.map((v) => v.dbName) }))
    : [];
  return { provider: dialect.provider, namespaces: schema.datasource?.schemas ?? [], tables: [...tables, ...joinTables], enums, views: [] };
}

function scalarFields(model: Model): ScalarField[] {
  return model.fields.filter((f): f is ScalarField => f.kind !== 'relation' && f.kind !== 'composite');
}

function describeModel(model: Model, schema: Schema, dialect: DdlDialect): DbTable {
  const columns: DbColumn[] = scalarFields(model).map((field) => {
    const spec = dialect.columnSpec(field, schema);
    const enumDef = field.kind === 'enum' && dialect.capabilities.nativeEnums ? schema.enums.find((e) => e.name === field.type) : undefined;
    return {
      name: field.dbName,
      type: spec.type,
      family: spec.family,
      enumName: enumDef?.dbName ?? null,
      enumSchema: enumDef?.schema ?? null,
      isList: field.isList,
      // Prisma leaves list columns nullable: an absent list reads as [].
      nullable: field.isList || !field.isRequired,
      default: spec.default,
      autoincrement: spec.autoincrement,
    };
  });
  const indexColumns = (fields: readonly IndexField[]): DbIndexColumn[] =>
    fields.map((f) => ({ name: columnName(model, f.name), sort: f.sort, length: f.length }));
  const primaryKey = model.primaryKey === null ? null : { name: model.primaryKey.dbName, columns: indexColumns(model.primaryKey.fields) };
  const unique = (u: Model['uniques'][number]): DbIndex => ({ name: u.dbName, unique: true, columns: indexColumns(u.fields), where: null, algorithm: null });
  // Prisma's order: field-level @unique, then @@index, then @@unique, then @@fulltext.
  const indexes: DbIndex[] = [
    ...model.uniques.filter((u) => u.isFieldLevel).map(unique),
    ...model.indexes.filter((i) => i.kind === 'normal').map((i) => ({ name: i.dbName, unique: false, columns: indexColumns(i.fields), where: i.where, algorithm: i.algorithm })),
    ...model.uniques.filter((u) => !u.isFieldLevel).map(unique),
    ...model.indexes.filter((i) => i.kind === 'fulltext').map((i) => ({ name: i.dbName, unique: false, columns: indexColumns(i.fields), where: null, algorithm: 'FullText' })),
  ];
  const foreignKeys = schema.datasource?.relationMode === 'prisma' ? [] : describeForeignKeys(model, schema, dialect);
  return { name: model.dbName, schema: model.schema, columns, primaryKey, indexes, foreignKeys };
}

function describeForeignKeys(model: Model, schema: Schema, dialect: DdlDialect): DbForeignKey[] {
  const position = (r: Relation): number => model.fields.findIndex((f) => f.kind === 'relation' && f.name === r.referencing.field);
  return schema.relations
    .filter((r) => r.kind !== 'manyToMany' && r.referencing.model === model.name && r.fields.length > 0)
    .sort((a, b) => position(a) - position(b))
    .map((r) => {
      const target = modelOf(schema, r.referenced.model);
      return {
        name: r.foreignKeyName,
        columns: r.fields.map((f) => columnName(model, f)),
        referencedTable: target.dbName,
        referencedSchema: target.schema,
        referencedColumns: r.references.map((f) => columnName(target, f)),
        onDelete: dialect.storedAction?.(r.onDelete) ?? r.onDelete,
        onUpdate: dialect.storedAction?.(r.onUpdate) ?? r.onUpdate,
      };
    });
}
