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
 * not know mapped to `never`. Inference keeps `T`'s literal shape (so results follow `select`).
 *
 * Unknown keys deeper down (`select: { id: true, nope: true }`) must fail too. TypeScript 5.x reported
 * them because the inferred `T` kept the literal's freshness and so failed its constraint, falling back
 * to the declared args; TypeScript 6+/7 (tsgo) widen `T` first, and the literal checks against itself
 * (microsoft/TypeScript#64006, "working as intended"). So the args are walked here: when they hold a
 * key the declared type lacks at any depth, the parameter is the declared args `U` instead, and both
 * compilers report the excess property (TS2353) where it is written. (Deciding per top-level key
 * instead sends tsc 5.9 into TS2589 when a `$transaction` callback returns a row.)
 */
export type SelectSubset<T, U> = Checked<T, U> &
  (T extends { select: unknown; include: unknown }
    ? 'Please either choose `select` or `include`.'
    : T extends { select: unknown; omit: unknown }
      ? 'Please either choose `select` or `omit`.'
      : unknown);

/** Like `SelectSubset` without the select/include exclusivity (count, aggregate, groupBy). */
export type Subset<T, U> = Checked<T, U>;

type Checked<T, U> = HasExcess<T, U> extends true ? U : { [K in keyof T]: K extends keyof U ? T[K] : never };

/**
 * `true` when the inferred value `T` has a key its declared type `U` (any union member) lacks, at any
 * depth. It walks `T` only (a literal, so finite): a value that is already of the declared type (or
 * `any`) stops the walk, which also keeps recursive inputs (`AND: WhereInput[]`) from looping; past
 * 24 levels it gives up (no error rather than a TS2589).
 */
export type HasExcess<T, U, D extends unknown[] = []> = 0 extends 1 & T
  ? false
  : D['length'] extends 24
    ? false
    : [U] extends [T]
      ? false
      : T extends Leaf
        ? false
        : T extends readonly (infer E)[]
          ? HasExcess<E, ElementOf<U> | Exclude<U, readonly unknown[]>, [...D, 0]>
          : Exclude<keyof T, ObjectKeys<U>> extends never
            ? true extends { [K in keyof T]-?: HasExcess<T[K], ValueAt<U, K>, [...D, 0]> }[keyof T]
              ? true
              : false
            : true;
type Leaf = string | number | bigint | boolean | symbol | null | undefined | Date | Uint8Array | ((...args: never[]) => unknown);
type ObjectKeys<U> = U extends Leaf ? never : U extends object ? keyof U : never;
type ValueAt<U, K> = U extends Leaf ? never : U extends object ? (K extends keyof U ? U[K] : never) : never;
type ElementOf<U> = U extends readonly (infer E)[] ? E : never;

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
