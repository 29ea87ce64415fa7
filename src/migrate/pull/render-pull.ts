/**
 * `db pull`: a live database's description as schema text, named the way Prisma's introspection names
 * things: models and fields after tables and columns (`@map` where a name is not an identifier),
 * relation fields after the related model, relation names (`Post_authorIdToUser`) only where two
 * relations would be ambiguous, implicit many-to-many for `_AToB` join tables, `@@ignore` for tables
 * without a unique criterion. Constraint names that differ from Prisma's defaults are kept as `map:`.
 */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { DbColumn, DbEnum, DbForeignKey, DbIndex, DbIndexColumn, DbSchema, DbTable } from '../../dialects/ddl/description.js';
import { formatText } from '../../schema/format/index.js';
import type { ReferentialAction } from '../../schema/model.js';
import { ddlDialectFor } from '../dialects.js';
import { pslDefault } from './default-value.js';
import { pslString, schemaName } from './names.js';

export interface PullOptions {
  /** The datasource and generator blocks to put first (kept from the existing schema). */
  readonly preamble?: string;
  /** The datasource's name, for `@db.` attributes. */
  readonly datasourceName?: string;
}

const SCALARS: Readonly<Record<string, string>> = {
  string: 'String', int: 'Int', bigint: 'BigInt', float: 'Float', decimal: 'Decimal', boolean: 'Boolean', datetime: 'DateTime', json: 'Json', bytes: 'Bytes',
};

interface JoinTable {
  readonly table: DbTable;
  readonly a: DbForeignKey;
  readonly b: DbForeignKey;
}

export function renderPulledSchema(description: DbSchema, options: PullOptions = {}): string {
  const dialect = ddlDialectFor(description.provider);
  const joins = description.tables.flatMap((t) => joinTableOf(t));
  const joinNames = new Set(joins.map((j) => j.table.name));
  const tables = description.tables.filter((t) => !joinNames.has(t.name));
  const modelName = new Map(tables.map((t) => [t.name, schemaName(t.name).name]));
  const relationLines = relationFields(tables, joins, modelName);
  const blocks = [
    ...tables.map((t) => renderModel(t, dialect, options.datasourceName ?? 'db', relationLines.get(t.name) ?? [])),
    ...description.enums.map(renderEnum),
  ];
  const preamble = options.preamble?.trim();
  return formatText([...(preamble ? [preamble] : []), ...blocks].join('\n\n') + '\n');
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

function relationFields(tables: readonly DbTable[], joins: readonly JoinTable[], modelName: Map<string, string>): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  const add = (table: string, line: string): void => void lines.set(table, [...(lines.get(table) ?? []), line]);
  const pairKey = (x: string, y: string): string => [x, y].sort().join('\u0000');
  const pairCounts = new Map<string, number>();
  for (const t of tables) for (const fk of t.foreignKeys) pairCounts.set(pairKey(t.name, fk.referencedTable), (pairCounts.get(pairKey(t.name, fk.referencedTable)) ?? 0) + 1);
  for (const j of joins) pairCounts.set(pairKey(j.a.referencedTable, j.b.referencedTable), (pairCounts.get(pairKey(j.a.referencedTable, j.b.referencedTable)) ?? 0) + 1);

  for (const table of tables) {
    const model = modelName.get(table.name) ?? table.name;
    for (const fk of table.foreignKeys) {
      const target = modelName.get(fk.referencedTable);
      if (target === undefined) continue;
      const self = fk.referencedTable === table.name;
      const ambiguous = (pairCounts.get(pairKey(table.name, fk.referencedTable)) ?? 0) > 1;
      const relationName = ambiguous ? `${model}_${fk.columns.join('_')}To${target}` : self ? `${model}To${target}` : null;
      const optional = fk.columns.some((c) => table.columns.find((col) => col.name === c)?.nullable ?? false);
      const fieldNames = fk.columns.map((c) => schemaName(c).name);
      const referenced = fk.referencedColumns.map((c) => schemaName(c).name);
      const args = [
        ...(relationName === null ? [] : [pslString(relationName)]),
        `fields: [${fieldNames.join(', ')}]`,
        `references: [${referenced.join(', ')}]`,
        ...actionArgs(fk, optional),
        ...(fk.name !== null && fk.name !== `${table.name}_${fk.columns.join('_')}_fkey` ? [`map: ${pslString(fk.name)}`] : []),
      ];
      const forward = ambiguous ? `${target}_${relationName}` : target;
      add(table.name, `${forward} ${target}${optional ? '?' : ''} @relation(${args.join(', ')})`);
      const back = ambiguous ? `${model}_${relationName}` : self ? `other_${model}` : model;
      const arity = isUnique(table, fk.columns) ? '?' : '[]';
      add(fk.referencedTable, `${back} ${model}${arity}${relationName === null ? '' : ` @relation(${pslString(relationName)})`}`);
    }
  }
  for (const { table, a, b } of joins) {
    const modelA = modelName.get(a.referencedTable);
    const modelB = modelName.get(b.referencedTable);
    if (modelA === undefined || modelB === undefined) continue;
    const name = table.name.slice(1);
    const attribute = name === `${modelA}To${modelB}` ? '' : ` @relation(${pslString(name)})`;
    add(a.referencedTable, `${modelB} ${modelB}[]${attribute}`);
    add(b.referencedTable, `${modelA} ${modelA}[]${attribute}`);
  }
  return lines;
}

function actionArgs(fk: DbForeignKey, optional: boolean): string[] {
  const defaults: Record<'onDelete' | 'onUpdate', ReferentialAction> = { onDelete: optional ? 'SetNull' : 'Restrict', onUpdate: 'Cascade' };
  return (['onDelete', 'onUpdate'] as const).filter((k) => fk[k] !== defaults[k]).map((k) => `${k}: ${fk[k]}`);
}

function renderModel(table: DbTable, dialect: DdlDialect, datasource: string, relations: readonly string[]): string {
  const { name, mappedFrom } = schemaName(table.name);
  const pk = table.primaryKey;
  const singlePk = pk !== null && pk.columns.length === 1 ? pk.columns[0]?.name : undefined;
  const pkMap = pk?.name !== null && pk?.name !== undefined && pk.name !== `${table.name}_pkey` ? pk.name : null;
  const singleUniques = new Map<string, DbIndex>();
  for (const index of table.indexes) {
    const column = index.columns[0];
    if (index.unique && index.columns.length === 1 && column !== undefined && column.sort !== 'Desc' && !singleUniques.has(column.name)) singleUniques.set(column.name, index);
  }
  const lines = table.columns.map((column) => renderField(table, column, dialect, datasource, column.name === singlePk ? pkMap ?? '' : null, singleUniques.get(column.name)));
  lines.push(...relations);
  const attributes: string[] = [];
  const fields = (cols: readonly DbIndexColumn[]): string => `[${cols.map((c) => `${schemaName(c.name).name}${c.sort === 'Desc' ? '(sort: Desc)' : ''}`).join(', ')}]`;
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
  const identifiable = pk !== null || table.indexes.some((i) => i.unique && i.columns.every((c) => !table.columns.find((col) => col.name === c.name)?.nullable));
  const header = identifiable
    ? ''
    : '/// The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.\n';
  if (!identifiable) attributes.push('@@ignore');
  const body = [...lines.map((l) => `  ${l}`), ...(attributes.length > 0 ? ['', ...attributes.map((a) => `  ${a}`)] : [])];
  return `${header}model ${name} {\n${body.join('\n')}\n}`;
}

function renderField(table: DbTable, column: DbColumn, dialect: DdlDialect, datasource: string, idMap: string | null, unique: DbIndex | undefined): string {
  const { name, mappedFrom } = schemaName(column.name);
  const base = column.family === 'enum' && column.enumName !== null
    ? schemaName(column.enumName).name
    : (SCALARS[column.family] ?? `Unsupported(${pslString(column.type)})`);
  const arity = column.isList ? '[]' : column.nullable ? '?' : '';
  const attributes: string[] = [];
  if (idMap !== null) attributes.push(idMap === '' ? '@id' : `@id(map: ${pslString(idMap)})`);
  if (unique !== undefined) attributes.push(unique.name === `${table.name}_${column.name}_key` ? '@unique' : `@unique(map: ${pslString(unique.name)})`);
  const value = pslDefault(column);
  if (value !== null) attributes.push(`@default(${value})`);
  if (mappedFrom !== null) attributes.push(`@map(${pslString(mappedFrom)})`);
  const native = column.family === 'unsupported' ? null : dialect.nativeTypeOf(column);
  if (native !== null) attributes.push(`@${datasource}.${native}`);
  return [`${name} ${base}${arity}`, ...attributes].join(' ');
}

function renderEnum(e: DbEnum): string {
  const { name, mappedFrom } = schemaName(e.name);
  const values = e.values.map((v) => {
    const value = schemaName(v);
    return `  ${value.name}${value.mappedFrom === null ? '' : ` @map(${pslString(value.mappedFrom)})`}`;
  });
  return `enum ${name} {\n${values.join('\n')}${mappedFrom === null ? '' : `\n\n  @@map(${pslString(mappedFrom)})`}\n}`;
}
