/**
 * The shape of a call's arguments: everything that decides the SQL text (keys, structure, orderBy
 * directions, take/skip, select flags, the type of each filter value) but not the filter values
 * themselves, which are read back through parameter slots. Two calls with the same shape share one
 * compiled statement. Returns null for arguments the cache should not try (unknown value kinds).
 */
import { isDecimalLike, isPlainObject, FieldRef, nullSentinel } from './input-values.js';

/** Keys whose subtree holds filter values (bound as parameters). */
const VALUE_SUBTREES = new Set(['where', 'cursor']);
/** Keys inside a filter whose value is part of the SQL text, not a parameter. */
const STRUCTURAL_IN_FILTERS = new Set(['mode', 'path']);

export function shapeKey(value: unknown, inValue = false): string | null {
  if (value === null) return 'n';
  switch (typeof value) {
    case 'boolean':
      return value ? 't' : 'f';
    case 'number':
      return inValue ? '#' : `${value}`;
    case 'string':
      return inValue ? 's' : JSON.stringify(value);
    case 'bigint':
      return inValue ? 'B' : null;
    case 'object':
      break;
    default:
      return null;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (const item of value) {
      const k = shapeKey(item, inValue);
      if (k === null) return null;
      out += `${k},`;
    }
    return `${out}]`;
  }
  if (isPlainObject(value)) {
    let out = '{';
    for (const key in value) {
      const v = value[key];
      if (v === undefined) continue;
      const childInValue = inValue ? !STRUCTURAL_IN_FILTERS.has(key) : VALUE_SUBTREES.has(key);
      const k = shapeKey(v, childInValue);
      if (k === null) return null;
      out += `${JSON.stringify(key)}:${k},`;
    }
    return `${out}}`;
  }
  if (!inValue) return null;
  if (value instanceof Date) return 'D';
  if (value instanceof Uint8Array) return 'Y';
  if (value instanceof FieldRef) return `R${JSON.stringify(value.name)}`;
  const sentinel = nullSentinel(value);
  if (sentinel) return `@${sentinel}`;
  if (isDecimalLike(value)) return 'M';
  return null;
}
