/**
 * The shape of a call's arguments: everything that decides the SQL text (keys, structure, orderBy
 * directions, select flags, the type of each filter value) but not the filter values themselves,
 * which are read back through parameter slots. `take` and `skip` are slots too (see paging.ts): only
 * their presence and take's sign (a negative take reverses the order) are shape, except beside a
 * `distinct`, which pages in memory from the plan's own numbers. Two calls with the same shape share
 * one compiled statement. Returns null for arguments the cache should not try (unknown value kinds).
 *
 * It runs on every call, so it is plain concatenation: keys and text are written as `<length>:<text>`
 * (unambiguous whatever characters they hold, which matters because a cached shape skips the
 * argument checks) instead of through JSON.stringify, which measured twice as slow.
 */
import { isDecimalLike, isPlainObject, FieldRef, nullSentinel } from './input-values.js';

/** Keys whose subtree holds filter values (bound as parameters). */
const VALUE_SUBTREES = new Set(['where', 'cursor']);
/** Keys inside a filter whose value is part of the SQL text, not a parameter. */
const STRUCTURAL_IN_FILTERS = new Set(['mode', 'path']);

/** Find-argument keys whose number is bound as a LIMIT / OFFSET parameter. */
const PAGE_KEYS = new Set(['take', 'skip']);

export function shapeKey(args: unknown): string | null {
  return shapeOf(args, false);
}

/** The page arguments' shape: `+`/`-` for take's sign, `#` for skip (a non-number keeps its own shape). */
function pageShape(key: string, value: number): string {
  return key === 'take' && value < 0 ? '-' : key === 'take' ? '+' : '#';
}

/** Text as it appears in a shape: its length, a colon, then itself. */
function text(value: string): string {
  return value.length + ':' + value;
}

function shapeOf(value: unknown, inValue: boolean): string | null {
  if (value === null) return 'n';
  switch (typeof value) {
    case 'boolean':
      return value ? 't' : 'f';
    case 'number':
      return inValue ? '#' : `${value}`;
    case 'string':
      return inValue ? 's' : '"' + text(value);
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
      const k = shapeOf(item, inValue);
      if (k === null) return null;
      out += k + ',';
    }
    return out + ']';
  }
  if (isPlainObject(value)) {
    let out = '{';
    const pagedInSql = !inValue && (value.distinct === undefined || value.distinct === null);
    for (const key in value) {
      const v = value[key];
      if (v === undefined) continue;
      if (pagedInSql && typeof v === 'number' && PAGE_KEYS.has(key)) {
        out += text(key) + pageShape(key, v) + ',';
        continue;
      }
      const childInValue = inValue ? !STRUCTURAL_IN_FILTERS.has(key) : VALUE_SUBTREES.has(key);
      const k = shapeOf(v, childInValue);
      if (k === null) return null;
      out += text(key) + k + ',';
    }
    return out + '}';
  }
  if (!inValue) return null;
  if (value instanceof Date) return 'D';
  if (value instanceof Uint8Array) return 'Y';
  if (value instanceof FieldRef) return 'R' + text(value.name);
  const sentinel = nullSentinel(value);
  if (sentinel) return `@${sentinel}`;
  if (isDecimalLike(value)) return 'M';
  return null;
}
