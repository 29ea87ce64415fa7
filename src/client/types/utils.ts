/**
 * Small type helpers every other file here uses. They are the only "clever" types; the rest of the
 * machinery is plain mapped types over the per-model interfaces the generator emits.
 */

/** Flattens an intersection into one object type, so results print (and compare) as plain objects. */
export type Compute<T> = T extends (...args: never[]) => unknown ? T : { [K in keyof T]: T[K] } & unknown;

/** Keys of an args object that are switched on (`true`, an args object, or a non-literal `boolean`). */
export type TruthyKeys<T> = { [K in keyof T]-?: T[K] extends false | undefined | null ? never : K }[keyof T];

/**
 * The parameter type of every model method: the caller's own args `T`, with any key the method does
 * not know mapped to `never`. Inference keeps `T`'s literal shape (so results follow `select`), and
 * nested unknown keys still fail TypeScript's excess-property check against the declared args.
 */
export type SelectSubset<T, U> = { [K in keyof T]: K extends keyof U ? T[K] : never } & (T extends { select: unknown; include: unknown }
  ? 'Please either choose `select` or `include`.'
  : T extends { select: unknown; omit: unknown }
    ? 'Please either choose `select` or `omit`.'
    : unknown);

/** Like `SelectSubset` without the select/include exclusivity (count, aggregate, groupBy). */
export type Subset<T, U> = { [K in keyof T]: K extends keyof U ? T[K] : never };

/** One of two input shapes, never a mix: the checked (relations) or unchecked (foreign keys) form. */
export type XOR<T, U> = T extends object ? (U extends object ? (Without<T, U> & U) | (Without<U, T> & T) : U) : T;
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };

/** `O` with at least one of the keys `K` present (where-unique inputs). */
export type AtLeast<O extends object, K extends keyof O> = K extends unknown ? O & { [P in K]-?: Exclude<O[P], undefined> } : never;

/** Exact match for `Prisma.validator`: `A` must not have keys `W` does not have, at any depth. */
export type Exact<A, W> = W extends unknown
  ? A extends W
    ? A extends Narrowable
      ? A
      : { [K in keyof A]: K extends keyof W ? Exact<A[K], W[K]> : never }
    : W
  : never;
type Narrowable = string | number | bigint | boolean | symbol | null | undefined | Date | Uint8Array | readonly unknown[];

export type Enumerable<T> = T | T[];

/** A promise returned by every model method: lazy, and usable inside `$transaction([...])`. */
export interface PrismaPromise<T> extends Promise<T> {
  readonly [Symbol.toStringTag]: 'PrismaPromise';
}

export interface BatchPayload {
  count: number;
}

/** The empty object type (no keys): what an absent extension or omit contributes. */
export type Empty = Record<never, never>;

/** `Prisma.validator<V>()`: returns its argument with its literal type, checked exactly against `V`. */
export type Validator<V> = <S>(select: Exact<S, V>) => S;
