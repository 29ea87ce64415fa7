/**
 * Results of `count`, `aggregate` and `groupBy`, shaped by their args: only what was asked for is in
 * the result, and every `_avg`/`_sum`/`_min`/`_max` value is nullable (an empty set has none).
 */
import type { ModelTypes } from './model-types.js';

type Falsy = false | undefined | null;
type Picked<Out, S> = { -readonly [K in keyof S as S[K] extends Falsy ? never : K]-?: K extends keyof Out ? Out[K] : never };
type CountPicked<S> = { -readonly [K in keyof S as S[K] extends Falsy ? never : K]-?: number };

/** `count()` -> number; `count({ select: { _all: true, name: true } })` -> `{ _all: number; name: number }`. */
export type CountResult<A> = A extends { select: infer S } & Record<string, unknown> ? (S extends true ? number : S extends object ? CountPicked<S> : number) : number;

type AggregatePart<M extends ModelTypes, K, V> = K extends '_count'
  ? V extends true
    ? number
    : CountPicked<V>
  : K extends '_avg'
    ? Picked<M['avg'], V>
    : K extends '_sum'
      ? Picked<M['sum'], V>
      : K extends '_min'
        ? Picked<M['min'], V>
        : K extends '_max'
          ? Picked<M['max'], V>
          : never;

type AggregateKey = '_count' | '_avg' | '_sum' | '_min' | '_max';

export type AggregateResult<M extends ModelTypes, A> = {
  -readonly [K in keyof A as K extends AggregateKey ? (A[K] extends Falsy ? never : K) : never]-?: AggregatePart<M, K, A[K]>;
};

type ByFields<A> = (A extends { by: infer B } & Record<string, unknown> ? (B extends readonly (infer F)[] ? F : B) : never) & string;

/** One group: the `by` fields' values and the asked-for aggregates. */
export type GroupByResult<M extends ModelTypes, A> = {
  -readonly [K in ByFields<A> | (keyof A & AggregateKey) as K extends AggregateKey ? (A[K & keyof A] extends Falsy ? never : K) : K]-?: K extends AggregateKey
    ? AggregatePart<M, K, A[K & keyof A]>
    : K extends keyof M['payload']['scalars']
      ? M['payload']['scalars'][K]
      : never;
};
