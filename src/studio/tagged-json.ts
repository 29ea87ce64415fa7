/**
 * Values cross the Studio API as JSON with exact tags, because JSON alone loses them: BigInt and
 * Decimal as strings, Bytes as base64, DateTime as ISO-8601 (UTC), Json as the raw value (tagged so an
 * object inside a Json field is never mistaken for a tag). `{ $type, value }` is the only tag shape.
 */
import type { Model, ScalarField } from '../schema/model.js';
import { isDecimalLike, Decimal, DbNull, JsonNull } from '../client/values/index.js';
import { assertNever } from '../shared/internal-error.js';

export type TaggedType = 'BigInt' | 'Decimal' | 'Bytes' | 'DateTime' | 'Json' | 'DbNull' | 'JsonNull';

export interface Tagged {
  readonly $type: TaggedType;
  readonly value: unknown;
}

const TAGS: ReadonlySet<string> = new Set(['BigInt', 'Decimal', 'Bytes', 'DateTime', 'Json', 'DbNull', 'JsonNull']);

export function isTagged(value: unknown): value is Tagged {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('$type') && keys.includes('value') && TAGS.has(String((value as Tagged).$type));
}

/** A value read from the client, tagged by what it is (Json fields are tagged by the caller). */
export function encodeValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return { $type: 'BigInt', value: value.toString() };
  if (value instanceof Date) return { $type: 'DateTime', value: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (value instanceof Uint8Array) return { $type: 'Bytes', value: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (isDecimalLike(value)) return { $type: 'Decimal', value: value.toFixed() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]));
  return value;
}

/** One scalar field's value, by its declared type (a Json field's content is kept as is). */
export function encodeFieldValue(field: ScalarField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.type === 'Json') return { $type: 'Json', value };
  return encodeValue(value);
}

/** A row of `model` as the client returned it: scalars by type, relation selections recursively. */
export function encodeRow(model: Model, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const field = model.fields.find((f) => f.name === key);
    out[key] = field && field.kind !== 'relation' ? encodeFieldValue(field, value) : encodeValue(value);
  }
  return out;
}

/** Client arguments from the page: tags become BigInt, Decimal, Buffer, Date, raw Json, DbNull/JsonNull. */
export function decodeArgs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeArgs);
  if (typeof value !== 'object' || value === null) return value;
  if (isTagged(value)) return decodeTagged(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeArgs(v)]));
}

function decodeTagged(tag: Tagged): unknown {
  const text = String(tag.value);
  switch (tag.$type) {
    case 'BigInt':
      return BigInt(text);
    case 'Decimal':
      return new Decimal(text);
    case 'Bytes':
      return Buffer.from(text, 'base64');
    case 'DateTime':
      return new Date(text);
    case 'Json':
      return tag.value;
    case 'DbNull':
      return DbNull;
    case 'JsonNull':
      return JsonNull;
    default:
      return assertNever(tag.$type, 'value tag');
  }
}
