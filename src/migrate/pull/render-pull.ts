/**
 * `db pull`: a live database's description as schema text, named the way Prisma's introspection names
 * things: models and fields after tables and columns (`@map` where a name is not an identifier),
 * relation fields after the related model, relation names (`Post_authorIdToUser`) only where two
 * relations would be ambiguous, implicit many-to-many for `_AToB` join tables, `@@ignore` for tables
 * without a unique criterion. Constraint names that differ from Prisma's defaults are kept as `map:`.
 * Given the previous schema, the names and attributes the database cannot hold are kept (./naming.ts).
 */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { DbColumn, DbEnum, DbForeignKey, DbIndex, DbIndexColumn, DbSchema, DbTable } from '../../dialects/ddl/description.js';
import { formatText } from '../../schema/format/index.js';
import type { ReferentialAction, Schema } from '../../schema/model.js';
import { ddlDialectFor } from '../dialects.js';
import { pslDefault } from './default-value.js';
import { pslString } from './names.js';
import type { Naming } from './naming.js';
import { freshNaming, namingFrom } from './naming.js';

export interface PullOptions {
  /** The datasource and generator blocks to put first (kept from the existing schema). */
  readonly preamble?: string;
  /** The datasource's name, for `@db.` attributes. */
  readonly datasourceName?: string;
  /** The schema being re-introspected: its names, `@updatedAt` and client-side defaults are kept. */
  readonly previous?: Schema;
}

const SCALARS: Readonly<Record<string, string>> = {
  string: 'String', int: 'Int', bigint: 'BigInt', float: 'Float', decimal: 'Decimal', boolean: 'Boolean', datetime: 'DateTime', json: 'Json', bytes: 'Bytes',
};

interface JoinTable {
  readonly table: DbTable;
  readonly a: DbForeignKey;
  readonly b: DbForeignKey;
}

interface Context {
  readonly dialect: DdlDialect;
  readonly datasource: string;
  readonly naming: Naming;
}

export function renderPulledSchema(description: DbSchema, options: PullOptions = {}): string {
  const naming = options.previous === undefined ? freshNaming() : namingFrom(options.previous);
  const context: Context = { dialect: ddlDialectFor(description.provider), datasource: options.datasourceName ?? 'db', naming };
  const joins = description.tables.flatMap((t) => joinTableOf(t));
  const joinNames = new Set(joins.map((j) => j.table.name));
  const tables = description.tables.filter((t) => !joinNames.has(t.name));
  const relationLines = relationFields(tables, joins, naming);
  // Where enums are plain text columns, the database has none to pull: the previous schema's stay.
  const enums = context.dialect.capabilities.nativeEnums
    ? description.enums
    : [...(options.previous?.enums ?? []).map((e) => ({ name: e.dbName, schema: e.schema, values: e.values.map((v) => v.dbName) })), ...inlineEnums(tables, context)];
  const blocks = [
    ...tables.map((t) => renderModel(t, context, relationLines.get(t.name) ?? [])),
    ...enums.map((e) => renderEnum(e, naming)),
  ];
  const preamble = options.preamble?.trim();
  return formatText([...(preamble ? [preamble] : []), ...blocks].join('\n\n') + '\n');
}

/**
 * Enums held in their columns (MySQL `ENUM('A', 'B')`) and not known from a previous schema: one
 * enum per column, named `<Table>_<column>` as Prisma's db pull names them.
 */
function inlineEnums(tables: readonly DbTable[], context: Context): DbEnum[] {
  const values = context.dialect.inlineEnumValues;
  if (values === undefined) return [];
  return tables.flatMap((table) =>
    table.columns.flatMap((column) => {
      const list = values(column);
      return list === null || context.naming.extras(table.name, column.name).enumType !== null ? [] : [{ name: `${table.name}_${column.name}`, schema: null, values: [...list] }];
    }),
  );
}

/** An implicit many-to-many join table: `_Name` with exactly `A` and `B`, each a foreign key. */
function joinTableOf(table: DbTable): JoinTable[] {
  if (!table.name.startsWith('_') || table.columns.map((c) => c.name).join() !== 'A,B') return [];
  const a = table.foreignKeys.find((fk) => fk.columns.join() === 'A');
  const b = table.foreignKeys.find((fk) => fk.columns.join() === 'B');
  if (a === undefined || b === undefined || a.referencedTable === b.referencedTable) return [];
  return [{ table, a, b }];
}

function isUnique(table: DbTable, columns: readonly string[]): boolean {
  const same = (cols: readonly DbIndexColumn[]): boolean => cols.length === columns.length && cols.every((c) => columns.includes(c.name));
  return (table.primaryKey !== null && same(table.primaryKey.columns)) || table.indexes.some((i) => i.unique && same(i.columns));
}

function relationFields(tables: readonly DbTable[], joins: readonly JoinTable[], naming: Naming): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  const add = (table: string, line: string): void => void lines.set(table, [...(lines.get(table) ?? []), line]);
  const known = new Set(tables.map((t) => t.name));
  const pairKey = (x: string, y: string): string => [x, y].sort().join('\u0000');
  const pairCounts = new Map<string, number>();
  const count = (x: string, y: string): void => void pairCounts.set(pairKey(x, y), (pairCounts.get(pairKey(x, y)) ?? 0) + 1);
  for (const t of tables) for (const fk of t.foreignKeys) count(t.name, fk.referencedTable);
  for (const j of joins) count(j.a.referencedTable, j.b.referencedTable);

  for (const table of tables) {
    const model = naming.model(table.name).name;
    for (const fk of table.foreignKeys) {
      if (!known.has(fk.referencedTable)) continue;
      const target = naming.model(fk.referencedTable).name;
      const self = fk.referencedTable === table.name;
      const ambiguous = (pairCounts.get(pairKey(table.name, fk.referencedTable)) ?? 0) > 1;
      const generatedName = ambiguous ? `${model}_${fk.columns.join('_')}To${target}` : self ? `${model}To${target}` : null;
      const kept = naming.relation(table.name, fk);
      const relationName = kept === null ? generatedName : (kept.name ?? (ambiguous || self ? generatedName : null));
      const optional = fk.columns.some((c) => table.columns.find((col) => col.name === c)?.nullable ?? false);
      const args = [
        ...(relationName === null ? [] : [pslString(relationName)]),
        `fields: [${fk.columns.map((c) => naming.field(table.name, c).name).join(', ')}]`,
        `references: [${fk.referencedColumns.map((c) => naming.field(fk.referencedTable, c).name).join(', ')}]`,
        ...actionArgs(fk, optional),
        ...(fk.name !== null && fk.name !== `${table.name}_${fk.columns.join('_')}_fkey` ? [`map: ${pslString(fk.name)}`] : []),
      ];
      const forward = kept?.forward ?? (ambiguous ? `${target}_${relationName}` : target);
      add(table.name, `${forward} ${target}${optional ? '?' : ''} @relation(${args.join(', ')})`);
      // A self relation's two sides would get one name: the back side is `other_...` (as Prisma names it).
      const back = kept?.back ?? (ambiguous ? `${self ? 'other_' : ''}${model}_${relationName}` : self ? `other_${model}` : model);
      const arity = isUnique(table, fk.columns) ? '?' : '[]';
      add(fk.referencedTable, `${back} ${model}${arity}${relationName === null ? '' : ` @relation(${pslString(relationName)})`}`);
    }
  }
  for (const { table, a, b } of joins) {
    if (!known.has(a.referencedTable) || !known.has(b.referencedTable)) continue;
    const modelA = naming.model(a.referencedTable).name;
    const modelB = naming.model(b.referencedTable).name;
    const kept = naming.joinRelation(table.name);
    const name = table.name.slice(1);
    const attribute = name === `${modelA}To${modelB}` && kept?.name == null ? '' : ` @relation(${pslString(kept?.name ?? name)})`;
    // A self many-to-many names its sides after the join table's columns, `Node_A` and `Node_B`.
    const selfJoin = a.referencedTable === b.referencedTable;
    add(a.referencedTable, `${kept?.forward ?? (selfJoin ? `${modelB}_A` : modelB)} ${modelB}[]${attribute}`);
    add(b.referencedTable, `${kept?.back ?? (selfJoin ? `${modelA}_B` : modelA)} ${modelA}[]${attribute}`);
  }
  return lines;
}

function actionArgs(fk: DbForeignKey, optional: boolean): string[] {
  const defaults: Record<'onDelete' | 'onUpdate', ReferentialAction> = { onDelete: optional ? 'SetNull' : 'Restrict', onUpdate: 'Cascade' };
  return (['onDelete', 'onUpdate'] as const).filter((k) => fk[k] !== defaults[k]).map((k) => `${k}: ${fk[k]}`);
}

function renderModel(table: DbTable, context: Context, relations: readonly string[]): string {
  const { naming } = context;
  const { name, mappedFrom } = naming.model(table.name);
  const pk = table.primaryKey;
  // A key over a column prefix (MySQL `length`) is written as @@id / @@unique, where the length fits.
  const singlePk = pk !== null && pk.columns.length === 1 && pk.columns[0]?.length === null ? pk.columns[0]?.name : undefined;
  const pkMap = pk?.name !== null && pk?.name !== undefined && pk.name !== `${table.name}_pkey` ? pk.name : null;
  const singleUniques = new Map<string, DbIndex>();
  for (const index of table.indexes) {
    const column = index.columns[0];
    if (index.unique && index.columns.length === 1 && column !== undefined && column.sort !== 'Desc' && column.length === null && !singleUniques.has(column.name)) singleUniques.set(column.name, index);
  }
  const lines = table.columns.map((column) => renderField(table, column, context, column.name === singlePk ? pkMap ?? '' : null, singleUniques.get(column.name)));
  lines.push(...relations);
  const attributes: string[] = [];
  const fieldArgs = (c: DbIndexColumn): string => {
    const args = [...(c.length !== null ? [`length: ${c.length}`] : []), ...(c.sort === 'Desc' ? ['sort: Desc'] : [])];
    return args.length === 0 ? '' : `(${args.join(', ')})`;
  };
  const fields = (cols: readonly DbIndexColumn[]): string => `[${cols.map((c) => `${naming.field(table.name, c.name).name}${fieldArgs(c)}`).join(', ')}]`;
  const map = (actual: string, fallback: string): string => (actual === fallback ? '' : `, map: ${pslString(actual)}`);
  const columnsPart = (cols: readonly DbIndexColumn[]): string => cols.map((c) => c.name).join('_');
  if (pk !== null && singlePk === undefined) attributes.push(`@@id(${fields(pk.columns)}${pkMap === null ? '' : `, map: ${pslString(pkMap)}`})`);
  for (const index of table.indexes) {
    if (index.unique && index.columns.length === 1 && singleUniques.get(index.columns[0]?.name ?? '') === index) continue;
    if (index.unique) attributes.push(`@@unique(${fields(index.columns)}${map(index.name, `${table.name}_${columnsPart(index.columns)}_key`)})`);
    else {
      const type = index.algorithm !== null && index.algorithm !== 'BTree' && index.algorithm !== 'FullText' ? `, type: ${index.algorithm}` : '';
      attributes.push(`@@${index.algorithm === 'FullText' ? 'fulltext' : 'index'}(${fields(index.columns)}${type}${map(index.name, `${table.name}_${columnsPart(index.columns)}_idx`)})`);
    }
  }
  if (mappedFrom !== null) attributes.push(`@@map(${pslString(mappedFrom)})`);
  if (table.schema !== null) attributes.push(`@@schema(${pslString(table.schema)})`);
  const identifiable = pk !== null || table.indexes.some((i) => i.unique && i.columns.every((c) => !table.columns.find((col) => col.name === c.name)?.nullable));
  const header = identifiable
    ? ''
    : '/// The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.\n';
  if (!identifiable) attributes.push('@@ignore');
  const body = [...lines.map((l) => `  ${l}`), ...(attributes.length > 0 ? ['', ...attributes.map((a) => `  ${a}`)] : [])];
  return `${header}model ${name} {\n${body.join('\n')}\n}`;
}

function renderField(table: DbTable, column: DbColumn, context: Context, idMap: string | null, unique: DbIndex | undefined): string {
  const { naming } = context;
  const { name, mappedFrom } = naming.field(table.name, column.name);
  const extras = naming.extras(table.name, column.name);
  const inline = extras.enumType === null && context.dialect.inlineEnumValues?.(column) ? naming.enumName(`${table.name}_${column.name}`).name : null;
  const enumType = column.family === 'enum' && column.enumName !== null ? naming.enumName(column.enumName).name : (extras.enumType ?? inline);
  const base = enumType ?? bitScalar(column) ?? SCALARS[column.family] ?? `Unsupported(${pslString(column.type)})`;
  const arity = column.isList ? '[]' : column.nullable ? '?' : '';
  const attributes: string[] = [];
  if (idMap !== null) attributes.push(idMap === '' ? '@id' : `@id(map: ${pslString(idMap)})`);
  if (unique !== undefined) attributes.push(unique.name === `${table.name}_${column.name}_key` ? '@unique' : `@unique(map: ${pslString(unique.name)})`);
  // A text column holding an enum keeps its enum default (`'USER'` -> `USER`).
  const raw = pslDefault(enumType !== null ? { ...column, family: 'enum' } : column);
  // An enum default is stored as the value's database name (`@map`); the schema names the value.
  const value = (raw !== null && enumType !== null && /^[A-Za-z]\w*$/.test(raw) ? naming.enumValue(column.enumName ?? extras.enumType ?? `${table.name}_${column.name}`, raw).name : raw) ?? extras.clientDefault;
  if (value !== null) attributes.push(`@default(${value})`);
  if (extras.updatedAt) attributes.push('@updatedAt');
  if (mappedFrom !== null) attributes.push(`@map(${pslString(mappedFrom)})`);
  const native = column.family === 'unsupported' || enumType !== null ? null : context.dialect.nativeTypeOf(column);
  if (native !== null) attributes.push(`@${context.datasource}.${native}`);
  return [`${name} ${base}${arity}`, ...attributes].join(' ');
}

function renderEnum(e: DbEnum, naming: Naming): string {
  const { name, mappedFrom } = naming.enumName(e.name);
  const values = e.values.map((v) => {
    const value = naming.enumValue(e.name, v);
    return `  ${value.name}${value.mappedFrom === null ? '' : ` @map(${pslString(value.mappedFrom)})`}`;
  });
  const attributes = [...(mappedFrom === null ? [] : [`@@map(${pslString(mappedFrom)})`]), ...(e.schema === null ? [] : [`@@schema(${pslString(e.schema)})`])];
  return `enum ${name} {\n${values.join('\n')}${attributes.length === 0 ? '' : `\n\n${attributes.map((x) => `  ${x}`).join('\n')}`}\n}`;
}

/** MySQL's BIT(1) is a Boolean and a wider BIT holds Bytes, as Prisma's introspection reads them. */
function bitScalar(column: DbColumn): string | null {
  const bits = /^BIT\((\d+)\)$/i.exec(column.type);
  if (bits === null) return null;
  return bits[1] === '1' ? 'Boolean' : 'Bytes';
}
