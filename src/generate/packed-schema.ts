/**
 * The schema as the generated `index.js` embeds it: only what the runtime reads, packed.
 *
 * The runtime never reads `span`s or `documentation` (they point users at the schema file and feed the
 * `.d.ts` docs), so they are left out. Every other value is kept, losslessly: an object becomes
 * `{"$":[shape, v1, v2, ...]}`, where `shape` indexes a list of key lists (a schema has ~20 distinct
 * ones, the same for every model), and values equal to `null` at the end are dropped. Without the
 * repeated key names, a field costs about a third of its plain JSON.
 *
 * `UNPACK_SOURCE` is the JavaScript the generated module runs to rebuild the plain objects (every
 * object is packed, so a packed value is never ambiguous).
 */
import type { Schema } from '../schema/model.js';

/** Keys the runtime never reads. */
const DROPPED_KEYS = new Set(['span', 'documentation']);

export interface PackedSchema {
  /** Each shape's keys, in the original key order. */
  readonly shapes: readonly (readonly string[])[];
  /** The schema with every object packed. */
  readonly value: unknown;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

function isRecord(value: unknown): value is Readonly<Record<string, Json>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function packSchema(schema: Schema): PackedSchema {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const pack = (value: Json): unknown => {
    if (Array.isArray(value)) return value.map(pack);
    if (!isRecord(value)) return value;
    const keys = Object.keys(value).filter((k) => !DROPPED_KEYS.has(k) && value[k] !== undefined);
    const signature = keys.join(',');
    let shape = shapeIndex.get(signature);
    if (shape === undefined) {
      shape = shapes.length;
      shapes.push(keys);
      shapeIndex.set(signature, shape);
    }
    const values = keys.map((k) => pack(value[k] as Json));
    while (values.length && values[values.length - 1] === null) values.pop();
    return { $: [shape, ...values] };
  };
  // A JSON round trip first: the schema is plain data, and this is how the runtime would see it.
  return { shapes, value: pack(JSON.parse(JSON.stringify(schema)) as Json) };
}

/** `unpackSchema(shapes, value)` as JavaScript source: the inverse of `packSchema`. */
export const UNPACK_SOURCE = `function unpackSchema(shapes, value) {
  if (Array.isArray(value)) return value.map((v) => unpackSchema(shapes, v));
  if (value === null || typeof value !== 'object') return value;
  const [shape, ...values] = value.$;
  return Object.fromEntries(shapes[shape].map((key, i) => [key, i < values.length ? unpackSchema(shapes, values[i]) : null]));
}`;

/** The schema, as `index.js` declares it: `const schema = unpackSchema(...)` plus the function. */
export function embeddedSchemaSource(schema: Schema): string {
  const { shapes, value } = packSchema(schema);
  return `${UNPACK_SOURCE}\n\nconst schema = unpackSchema(${JSON.stringify(shapes)}, ${JSON.stringify(value)});`;
}
