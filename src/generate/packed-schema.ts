/**
 * The schema as the generated `index.js` embeds it: only what the runtime reads, packed.
 *
 * The runtime never reads `span`s or `documentation` (they point users at the schema file and feed the
 * `.d.ts` docs), so they are left out. Everything else is kept, losslessly, as tagged arrays:
 * - an object is `[shape + 1, v1, v2, ...]`: its values in its shape's column order, booleans as 0/1,
 *   and trailing values equal to their column's most common value dropped;
 * - an array is `[0, item1, item2, ...]`.
 * A shape (one per distinct key list; a schema has ~20, the same for every model) holds the keys in
 * their original order, each key's column, each column's common value and whether it holds booleans.
 * Columns are ordered so the usually-default ones (`isList: false`, `nativeType: null`, ...) come last
 * and drop off: a field costs about a quarter of its JSON.
 */
import type { Schema } from '../schema/model.js';

/** Keys the runtime never reads. */
const DROPPED_KEYS = new Set(['span', 'documentation']);

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type Primitive = null | boolean | number | string;

function isRecord(value: Json): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: Json): value is Primitive {
  return value === null || typeof value !== 'object';
}

/** One shape as embedded: keys, the column of each key, each key's common value, boolean flags (0/1). */
type PackedShape = [keys: string[], columns: number[], common: Primitive[], booleans: number[]];

interface ShapeStats {
  readonly keys: string[];
  readonly rows: Json[][];
}

function keysOf(value: { readonly [key: string]: Json }): string[] {
  return Object.keys(value).filter((k) => !DROPPED_KEYS.has(k) && value[k] !== undefined);
}

/** The most frequent primitive value of a column, and how often it occurs. */
function commonValue(values: readonly Json[]): { value: Primitive; count: number } {
  const counts = new Map<Primitive, number>();
  for (const v of values) if (isPrimitive(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: Primitive; count: number } = { value: null, count: 0 };
  for (const [value, count] of counts) if (count > best.count) best = { value, count };
  return best;
}

export interface PackedSchema {
  readonly shapes: readonly PackedShape[];
  readonly value: unknown;
}

export function packSchema(schema: Schema): PackedSchema {
  const plain = JSON.parse(JSON.stringify(schema)) as Json;
  // First pass: every object's shape and its column values.
  const stats = new Map<string, ShapeStats>();
  const collect = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!isRecord(value)) return;
    const keys = keysOf(value);
    const signature = keys.join(',');
    const entry = stats.get(signature) ?? { keys, rows: [] };
    stats.set(signature, entry);
    entry.rows.push(keys.map((k) => value[k] as Json));
    keys.forEach((k) => collect(value[k] as Json));
  };
  collect(plain);

  const shapes: PackedShape[] = [];
  const layout = new Map<string, { index: number; order: number[]; common: Primitive[]; booleans: boolean[] }>();
  for (const [signature, { keys, rows }] of stats) {
    const columns = keys.map((_, i) => rows.map((row) => row[i] as Json));
    const common = columns.map((values) => commonValue(values));
    const booleans = columns.map((values) => values.every((v) => typeof v === 'boolean'));
    // Least-often-common columns first, so the common ones trail and are dropped.
    const order = keys.map((_, i) => i).sort((a, b) => (common[a]?.count ?? 0) - (common[b]?.count ?? 0) || a - b);
    const columnOf = keys.map((_, i) => order.indexOf(i));
    layout.set(signature, { index: shapes.length, order, common: common.map((c) => c.value), booleans });
    shapes.push([keys, columnOf, common.map((c) => c.value), booleans.map((b) => (b ? 1 : 0))]);
  }

  const pack = (value: Json): unknown => {
    if (Array.isArray(value)) return [0, ...value.map(pack)];
    if (!isRecord(value)) return value;
    const keys = keysOf(value);
    const shape = layout.get(keys.join(','));
    if (!shape) throw new TypeError('packSchema: an object was not collected');
    const values = shape.order.map((i) => {
      const v = value[keys[i] as string] as Json;
      return shape.booleans[i] ? (v ? 1 : 0) : pack(v);
    });
    let length = values.length;
    while (length > 0) {
      const i = shape.order[length - 1] as number;
      const v = value[keys[i] as string] as Json;
      if (!isPrimitive(v) || v !== shape.common[i]) break;
      length--;
    }
    return [shape.index + 1, ...values.slice(0, length)];
  };
  return { shapes, value: pack(plain) };
}

/** `unpackSchema(shapes, value)` as JavaScript source: the inverse of `packSchema`. */
export const UNPACK_SOURCE = `function unpackSchema(shapes, value) {
  if (!Array.isArray(value)) return value;
  const [tag, ...values] = value;
  if (tag === 0) return values.map((v) => unpackSchema(shapes, v));
  const [keys, columns, common, booleans] = shapes[tag - 1];
  return Object.fromEntries(keys.map((key, i) => {
    const column = columns[i];
    if (column >= values.length) return [key, common[i]];
    return [key, booleans[i] ? values[column] === 1 : unpackSchema(shapes, values[column])];
  }));
}`;

/** The schema, as `index.js` declares it: `const schema = unpackSchema(...)` plus the function. */
export function embeddedSchemaSource(schema: Schema): string {
  const { shapes, value } = packSchema(schema);
  return `${UNPACK_SOURCE}\n\nconst schema = unpackSchema(${JSON.stringify(shapes)}, ${JSON.stringify(value)});`;
}
