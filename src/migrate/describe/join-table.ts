/**
 * The join table of an implicit many-to-many relation, as Prisma creates it: columns `A` and `B` typed
 * like the ids they reference, both foreign keys `ON DELETE CASCADE ON UPDATE CASCADE`, and either a
 * unique index `_X_AB_unique` or (PostgreSQL, Prisma 6+) a primary key `_X_AB_pkey`, plus `_X_B_index`.
 * These names are Prisma's fixed rules for join tables; the validated schema carries only the table name.
 */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { DbColumn, DbForeignKey, DbIndex, DbPrimaryKey, DbTable } from '../../dialects/ddl/description.js';
import type { Relation, Schema, ScalarField } from '../../schema/model.js';
import { InternalError } from '../../shared/internal-error.js';
import { modelOf } from './lookup.js';

export function describeJoinTable(relation: Relation, schema: Schema, dialect: DdlDialect): DbTable {
  const join = relation.joinTable;
  if (join === null) throw new InternalError(`relation ${relation.name} has no join table`);
  const name = join.name;
  const side = (column: 'A' | 'B', modelName: string): { column: DbColumn; fk: DbForeignKey } => {
    const model = modelOf(schema, modelName);
    const idName = model.primaryKey?.fields[0]?.name;
    const id = model.fields.find((f): f is ScalarField => f.kind !== 'relation' && f.name === idName);
    if (id === undefined || model.primaryKey?.fields.length !== 1) throw new InternalError(`implicit many-to-many needs a single-field id on ${modelName}`);
    const spec = dialect.columnSpec({ ...id, default: null }, schema);
    return {
      column: { name: column, type: spec.type, family: spec.family, enumName: null, enumSchema: null, isList: false, nullable: false, default: null, autoincrement: false },
      fk: {
        name: `${name}_${column}_fkey`,
        columns: [column],
        referencedTable: model.dbName,
        referencedSchema: model.schema,
        referencedColumns: [id.dbName],
        onDelete: 'Cascade',
        onUpdate: 'Cascade',
      },
    };
  };
  const a = side('A', join.modelA);
  const b = side('B', join.modelB);
  const ab = [{ name: 'A', sort: null, length: null }, { name: 'B', sort: null, length: null }];
  const bIndex: DbIndex = { name: `${name}_B_index`, unique: false, columns: [{ name: 'B', sort: null, length: null }], where: null, algorithm: null };
  const primaryKey: DbPrimaryKey | null = dialect.capabilities.joinTablePrimaryKey ? { name: `${name}_AB_pkey`, columns: ab } : null;
  const indexes: DbIndex[] = dialect.capabilities.joinTablePrimaryKey
    ? [bIndex]
    : [{ name: `${name}_AB_unique`, unique: true, columns: ab, where: null, algorithm: null }, bIndex];
  const schemaName = modelOf(schema, join.modelA).schema;
  return { name, schema: schemaName, columns: [a.column, b.column], primaryKey, indexes, foreignKeys: [a.fk, b.fk] };
}
