/** The PostgreSQL dialect: the hooks the shared compiler calls (quoting, `$n`, JSON aggregation, codecs). */
import type { ColumnType, SqlDialect } from '../dialect.js';
import type { Connection } from '../driver.js';
import { decodePostgres, decodePostgresFromJson, encodePostgres } from './codecs.js';
import { LazyPostgresConnection } from './lazy-connection.js';
import { preparePostgresDatabase } from './prepare-database.js';
import { parsePostgresUrl } from './url.js';

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * JSON paths inside the engine are SQLite-style (`$`, `$.a.b`, `$.a[0]`); Prisma's PostgreSQL paths
 * (string arrays) are turned into that form by `jsonPath`. Here a path becomes a text[] literal for
 * `#>` / `#>>`: `$.a[0]` -> `'{a,0}'`.
 */
export function pgPathElements(jsonPath: string): string[] {
  const out: string[] = [];
  const re = /\.(?:"((?:[^"\\]|\\.)*)"|([^.[]+))|\[(#-1|-?\d+)\]/g;
  let m: RegExpExecArray | null;
  const rest = jsonPath.startsWith('$') ? jsonPath.slice(1) : jsonPath;
  while ((m = re.exec(rest)) !== null) {
    if (m[1] !== undefined) out.push(m[1].replace(/\\(.)/g, '$1'));
    else if (m[2] !== undefined) out.push(m[2]);
    else out.push(m[3] === '#-1' ? '-1' : (m[3] ?? '0'));
  }
  return out;
}

/** Prisma's PostgreSQL path (`['a', 'b', '0']`) in the engine's path form (`$."a"."b"."0"`). */
export function pgPathFromElements(elements: readonly string[]): string {
  return `$${elements.map((e) => `."${e.replace(/(["\\])/g, '\\$1')}"`).join('')}`;
}

function pathLiteral(jsonPath: string): string {
  const items = pgPathElements(jsonPath).map((e) => `"${e.replace(/(["\\])/g, '\\$1')}"`);
  return `${literal(`{${items.join(',')}}`)}::text[]`;
}

/** jsonb_typeof() names per JSON kind. */
const PG_JSON_TYPES: Readonly<Record<'null' | 'string' | 'number' | 'array' | 'object', string>> = {
  null: 'null',
  string: 'string',
  number: 'number',
  array: 'array',
  object: 'object',
};

/** json_build_object takes at most 100 arguments: larger objects are merged from jsonb pieces. */
function jsonObject(pairs: readonly (readonly [string, string])[]): string {
  const args = (chunk: readonly (readonly [string, string])[]): string => chunk.map(([k, e]) => `${literal(k)}, ${e}`).join(', ');
  if (pairs.length <= 50) return `json_build_object(${args(pairs)})`;
  const pieces: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) pieces.push(`jsonb_build_object(${args(pairs.slice(i, i + 50))})`);
  return `(${pieces.join(' || ')})::json`;
}

function extract(c: string, p: string): string {
  return `(${c})::jsonb #> ${pathLiteral(p)}`;
}

export const postgresDialect: SqlDialect = {
  provider: 'postgresql',
  capabilities: {
    supportsReturning: true,
    supportsDistinctOn: true,
    supportsSkipDuplicates: true,
    supportsJsonArrayContains: true,
    supportsManyAndReturn: true,
    supportsInsensitiveMode: true,
    singleConnection: false,
    supportsNullsOrdering: true,
    groupByAggregateTypeFromFirstRow: false,
    arrayParameters: true,
  },
  // The wire protocol counts parameters in 16 bits.
  maxParameters: 65535,
  isolationLevels: ['ReadUncommitted', 'ReadCommitted', 'RepeatableRead', 'Serializable'],
  quoteIdentifier: quote,
  placeholder: (index) => `$${index}`,
  limitOffset(limit, offset) {
    if (limit === null && offset === null) return '';
    return `${limit !== null ? ` LIMIT ${limit}` : ''}${offset !== null ? ` OFFSET ${offset}` : ''}`;
  },
  jsonObject,
  jsonArrayAgg: (value) => `COALESCE(json_agg(${value}), '[]'::json)`,
  jsonNest: (e) => e,
  jsonEncodeColumn(e: string, type: ColumnType) {
    // Exact text for 64-bit integers and numerics (JSON numbers would lose digits).
    if (type === 'BigInt' || type === 'Decimal') return `(${e})::text`;
    return e;
  },
  selectColumn: (e) => e,
  encode: encodePostgres,
  decode: decodePostgres,
  decodeFromJson: decodePostgresFromJson,
  insensitive: (e) => `LOWER(${e})`,
  like: (l, r, insensitive) => `(${l})::text ${insensitive ? 'ILIKE' : 'LIKE'} ${r}`,
  concat: (parts) => `(${parts.map((p) => `(${p})::text`).join(' || ')})`,
  insertDefaultValues: (table) => `INSERT INTO ${table} DEFAULT VALUES`,
  // The existing row is aliased: PostgreSQL finds a bare column name ambiguous beside EXCLUDED.
  nativeUpsert: {
    anyUniqueKey: false,
    existingRowAlias: 'refract_existing',
    statement: (table, columns, values, conflict, assignments) =>
      `INSERT INTO ${table} AS refract_existing (${columns}) VALUES (${values}) ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET ${assignments}`,
  },
  insertSkippingDuplicates: (insert) => `${insert} ON CONFLICT DO NOTHING`,
  // The operand is bound as a whole array, so its type is the column's (enum arrays included).
  listFilter(op, c, ph) {
    switch (op) {
      case 'has':
      case 'hasEvery':
        return `${c} @> ${ph}`;
      case 'hasSome':
        return `${c} && ${ph}`;
      case 'isEmpty':
        return `COALESCE(cardinality(${c}), 0) = 0`;
      case 'isNotEmpty':
        return `cardinality(${c}) > 0`;
      case 'equals':
        return `${c} = ${ph}`;
    }
  },
  listAppend: (c, ph) => `array_cat(${c}, ${ph})`,
  // Prisma's PostgreSQL full-text search: the query is to_tsquery syntax (`cat & dog`, `cat | !dog`).
  fullTextSearch: (cols, ph) => `to_tsvector(concat_ws(' ', ${cols.join(', ')})) @@ to_tsquery(${ph})`,
  fullTextRelevance: (cols, ph) => `ts_rank(to_tsvector(concat_ws(' ', ${cols.join(', ')})), to_tsquery(${ph}))`,
  jsonExtract: extract,
  jsonExtractText: (c, p) => `(${c})::jsonb #>> ${pathLiteral(p)}`,
  jsonExtractNumber(c, p) {
    const at = extract(c, p);
    return `(CASE WHEN jsonb_typeof(${at}) = 'number' THEN (${at} #>> '{}')::numeric END)`;
  },
  jsonPathArgument: (value) => (Array.isArray(value) && value.every((e) => typeof e === 'string') ? pgPathFromElements(value) : value),
  jsonTypeIs(c, p, kind) {
    const at = extract(c, p);
    if (kind === 'present') return `(${at}) IS NOT NULL`;
    if (kind === 'true' || kind === 'false') return `(${at}) = '${kind}'::jsonb`;
    return `jsonb_typeof(${at}) = '${PG_JSON_TYPES[kind]}'`;
  },
  jsonPathIndex: (p, index) => `${p}[${index === 'first' ? '0' : '#-1'}]`,
  jsonParam: (ph) => `(${ph})::jsonb`,
  jsonArrayContains: (extracted, ph) => `(${extracted}) @> jsonb_build_array((${ph})::jsonb)`,
  prepareDatabase: preparePostgresDatabase,
  connect(url: string, baseDir: string): Connection {
    return new LazyPostgresConnection(parsePostgresUrl(url, baseDir));
  },
};
