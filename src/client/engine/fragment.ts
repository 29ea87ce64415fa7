/**
 * SQL fragments: text with parameter markers plus the parameters, composed in any order and numbered
 * only when the statement is finished (so `?` and `$1` placeholders both come out right however the
 * compiler assembles the pieces). Values are always bound, never interpolated.
 */
import type { SqlDialect } from '../../dialects/dialect.js';
import type { SqlQuery } from '../../dialects/driver.js';

/** The parameter marker in fragment text (numbered into the dialect's placeholders by `finish`). */
export const MARK = '\u0001';

export interface Fragment {
  readonly text: string;
  readonly params: readonly unknown[];
}

export const EMPTY: Fragment = { text: '', params: [] };

export function raw(text: string): Fragment {
  return { text, params: [] };
}

export function param(value: unknown): Fragment {
  return { text: MARK, params: [value] };
}

/**
 * A parameter that remembers where its value came from: the path of the value in the call's
 * arguments and how to check and encode it. A statement compiled once for a call's shape is re-bound
 * for the next call of the same shape by reading each slot's path in the new arguments.
 */
export class Slot {
  constructor(
    readonly path: readonly (string | number)[],
    readonly encode: (value: unknown) => unknown,
    readonly value: unknown,
  ) {}

  /** This slot's parameter for another call of the same shape: its value read from `args` and encoded. */
  bind(args: unknown): unknown {
    let v = args;
    for (const key of this.path) {
      if (v === null || v === undefined) return this.encode(undefined);
      v = (v as Record<string | number, unknown>)[key];
    }
    return this.encode(v);
  }
}

export function slot(path: readonly (string | number)[], value: unknown, encode: (value: unknown) => unknown): Fragment {
  return { text: MARK, params: [new Slot(path, encode, encode(value))] };
}

/** The parameters of a cached statement for new arguments of the same shape. */
export function bindParams(params: readonly unknown[], args: unknown): unknown[] {
  return params.map((p) => (p instanceof Slot ? p.bind(args) : p));
}

/** Tagged template: strings are SQL, interpolated values must be fragments. */
export function sql(strings: TemplateStringsArray, ...parts: (Fragment | string)[]): Fragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'string') text += part;
    else {
      text += part.text;
      for (const p of part.params) params.push(p);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

export function join(parts: readonly Fragment[], separator: string): Fragment {
  const params: unknown[] = [];
  for (const part of parts) for (const p of part.params) params.push(p);
  return { text: parts.map((p) => p.text).join(separator), params };
}

/** Wraps a fragment's text; the parameters stay. */
export function wrap(fragment: Fragment, before: string, after: string): Fragment {
  return { text: before + fragment.text + after, params: fragment.params };
}

/** Rewrites a fragment's text (e.g. wraps it in a function call); the parameters stay. */
export function mapText(fragment: Fragment, fn: (text: string) => string): Fragment {
  return { text: fn(fragment.text), params: fragment.params };
}

export function finish(fragment: Fragment, dialect: SqlDialect): SqlQuery {
  let n = 0;
  const text = fragment.text.indexOf(MARK) < 0 ? fragment.text : fragment.text.replace(/\u0001/g, () => dialect.placeholder(++n));
  return { sql: text, params: fragment.params.map((p) => (p instanceof Slot ? p.value : p)) };
}
