/**
 * The type of a row returned by a model method, computed from the model's payload and the call's
 * args: `select` picks fields (and nests into relations), `include` adds relations to the default
 * fields, `omit` (local, or global from the constructor) removes fields, `$extends` result fields add
 * computed fields. Nullability comes from the payload (`Profile | null`) and from the method.
 */
import type { ClientContext, ContextEntry } from './context.js';
import type { ModelKey, Payload } from './model-types.js';
import type { Compute, Empty } from './utils.js';

type Falsy = false | undefined | null;

/**
 * Matching nested args needs `& Loose`: TypeScript keeps nested object literals inferred through
 * `SelectSubset` "fresh", so `{ select, where }` would not extend `{ select: … }` without it.
 */
type Loose = Record<string, unknown>;

/** Computed fields of `$extends({ result })` for this model, as `{ field: type }`. */
export type Computed<P extends Payload, C extends ClientContext> = ContextEntry<C, 'result', ModelKey<P>> & ContextEntry<C, 'result', '$allModels'>;

type OmittedKeys<Local, Global> = {
  [K in keyof Local | keyof Global]-?: K extends keyof Local
    ? Local[K] extends true
      ? K
      : never
    : K extends keyof Global
      ? Global[K] extends true
        ? K
        : never
      : never;
}[keyof Local | keyof Global];

/** The default fields: every scalar, minus omitted ones, plus computed fields. */
export type DefaultResult<P extends Payload, LocalOmit, C extends ClientContext> = DefaultFields<
  P,
  OmittedKeys<LocalOmit, ContextEntry<C, 'omit', ModelKey<P>>>,
  Computed<P, C>
>;

type DefaultFields<P extends Payload, Omitted, X> = [Omitted] extends [never]
  ? keyof X extends never
    ? P['scalars']
    : Compute<Omit<P['scalars'], keyof X> & X>
  : { -readonly [K in keyof P['scalars'] | keyof X as K extends Omitted ? never : K]: K extends keyof X ? X[K] : K extends keyof P['scalars'] ? P['scalars'][K] : never };

/** A relation's value: a list of rows, a row, or `null`, each shaped by the nested args. */
export type RelationResult<R, A, C extends ClientContext> = R extends readonly (infer E extends Payload)[]
  ? ModelResult<E, NestedArgs<A>, C>[]
  : R extends Payload
    ? ModelResult<R, NestedArgs<A>, C>
    : R;

type NestedArgs<A> = A extends object ? A : Empty;

/** `_count: true` (every list relation) or `_count: { select: { posts: true } }`. */
type CountResult<P extends Payload, A> = A extends { select: infer S } & Loose
  ? { -readonly [K in keyof S as S[K] extends Falsy ? never : K]-?: number }
  : { [K in keyof P['objects'] as P['objects'][K] extends readonly unknown[] ? K : never]: number };

type SelectResult<P extends Payload, S, C extends ClientContext> = {
  -readonly [K in keyof S as S[K] extends Falsy ? never : K]-?: K extends keyof Computed<P, C>
    ? Computed<P, C>[K]
    : K extends keyof P['scalars']
      ? P['scalars'][K]
      : K extends keyof P['objects']
        ? RelationResult<P['objects'][K], S[K], C>
        : K extends '_count'
          ? CountResult<P, S[K]>
          : never;
};

type IncludeResult<P extends Payload, I, C extends ClientContext> = {
  -readonly [K in keyof I as S_Included<I, K>]-?: K extends keyof P['objects']
    ? RelationResult<P['objects'][K], I[K], C>
    : K extends '_count'
      ? CountResult<P, I[K]>
      : never;
};
type S_Included<I, K extends keyof I> = I[K] extends Falsy ? never : K;

type LocalOmit<A> = A extends { omit: infer O } & Loose ? O : unknown;

/** The row type of a call with args `A` (the `T` of `findMany<T>`). */
export type ModelResult<P extends Payload, A, C extends ClientContext> = A extends { select: infer S extends object } & Loose
  ? SelectResult<P, S, C>
  : A extends { include: infer I extends object } & Loose
    ? Compute<DefaultResult<P, LocalOmit<A>, C> & IncludeResult<P, I, C>>
    : DefaultResult<P, LocalOmit<A>, C>;

/** `Prisma.UserGetPayload<{ include: { posts: true } }>`: also accepts `true`/`null`/`undefined`. */
export type GetPayload<P extends Payload, A, C extends ClientContext> = A extends true | null | undefined
  ? DefaultResult<P, unknown, C>
  : ModelResult<P, A, C>;
