/**
 * A model's methods (`prisma.user.findMany(...)`), generic over its `$…Types` and the client context.
 * Every method infers its args as `T` (so the result follows `select`/`include`/`omit`) and checks
 * them against the declared args (so unknown keys and wrong types fail to compile).
 */
import type { AggregateResult, CountResult, GroupByResult } from './aggregate.js';
import type {
  AggregateArgs,
  DefaultArgs,
  CountArgs,
  CreateArgs,
  CreateManyAndReturnArgs,
  CreateManyArgs,
  DeleteArgs,
  DeleteManyArgs,
  FindFirstArgs,
  FindManyArgs,
  FindUniqueArgs,
  GroupByArgs,
  UpdateArgs,
  UpdateManyAndReturnArgs,
  UpdateManyArgs,
  UpsertArgs,
} from './args.js';
import type { ClientContext } from './context.js';
import type { ModelTypes } from './model-types.js';
import type { Computed, ModelResult } from './result.js';
import type { BatchPayload, PrismaPromise, SelectSubset, Subset } from './utils.js';

type Row<M extends ModelTypes, T, C extends ClientContext> = ModelResult<M['payload'], T, C>;

/**
 * The fluent API: a single-record call's promise also has one method per relation,
 * `prisma.user.findUnique({ where }).posts()`, resolving to the related row(s). `N` is `null` when the
 * chain may find nothing (a `findUnique`/`findFirst` start, or an optional to-one link on the way).
 */
export type FluentPromise<M extends ModelTypes, R, C extends ClientContext, N> = PrismaPromise<R> & RelationMethods<M, C, N>;

type RelationMethods<M extends ModelTypes, C extends ClientContext, N> = {
  [K in keyof M['relations'] & keyof M['payload']['objects']]: RelationMethod<M['relations'][K], M['payload']['objects'][K], C, N>;
};

type RelationMethod<R, O, C extends ClientContext, N> = R extends ModelTypes
  ? O extends readonly unknown[]
    ? <A extends FindManyArgs<R>>(args?: SelectSubset<A, FindManyArgs<R>>) => PrismaPromise<Row<R, A, C>[] | N>
    : <A extends DefaultArgs<R>>(args?: SelectSubset<A, DefaultArgs<R>>) => FluentPromise<R, Row<R, A, C> | NullOf<O> | N, C, N | NullOf<O>>
  : never;

type NullOf<O> = null extends O ? null : never;

/** `select`/`omit` also accept the computed fields `$extends({ result })` added to this model. */
type Flags<X> = { [K in keyof X]?: boolean };
type WithComputed<M extends ModelTypes, X> = keyof X extends never
  ? M
  : Omit<M, 'select' | 'omit'> & { readonly select: M['select'] & Flags<X>; readonly omit: M['omit'] & Flags<X> };

export type ModelDelegate<M extends ModelTypes, C extends ClientContext> = Delegate<WithComputed<M, Computed<M['payload'], C>>, C>;

/** A type-only key on every delegate carrying its model types and context (for `Prisma.Args` & co). */
export declare const modelTypesKey: unique symbol;

interface Delegate<M extends ModelTypes, C extends ClientContext> {
  readonly [modelTypesKey]?: { readonly types: M; readonly context: C };
  /** Column references for filters that compare two fields: `{ quantity: { lt: prisma.product.fields.reorderAt } }`. */
  readonly fields: M['fields'];
  findUnique<T extends FindUniqueArgs<M>>(args: SelectSubset<T, FindUniqueArgs<M>>): FluentPromise<M, Row<M, T, C> | null, C, null>;
  findUniqueOrThrow<T extends FindUniqueArgs<M>>(args: SelectSubset<T, FindUniqueArgs<M>>): FluentPromise<M, Row<M, T, C>, C, never>;
  findFirst<T extends FindFirstArgs<M>>(args?: SelectSubset<T, FindFirstArgs<M>>): FluentPromise<M, Row<M, T, C> | null, C, null>;
  findFirstOrThrow<T extends FindFirstArgs<M>>(args?: SelectSubset<T, FindFirstArgs<M>>): FluentPromise<M, Row<M, T, C>, C, never>;
  findMany<T extends FindManyArgs<M>>(args?: SelectSubset<T, FindManyArgs<M>>): PrismaPromise<Row<M, T, C>[]>;
  create<T extends CreateArgs<M>>(args: SelectSubset<T, CreateArgs<M>>): FluentPromise<M, Row<M, T, C>, C, never>;
  createMany<T extends CreateManyArgs<M>>(args: Subset<T, CreateManyArgs<M>>): PrismaPromise<BatchPayload>;
  createManyAndReturn<T extends CreateManyAndReturnArgs<M>>(args: SelectSubset<T, CreateManyAndReturnArgs<M>>): PrismaPromise<Row<M, T, C>[]>;
  update<T extends UpdateArgs<M>>(args: SelectSubset<T, UpdateArgs<M>>): FluentPromise<M, Row<M, T, C>, C, never>;
  updateMany<T extends UpdateManyArgs<M>>(args: Subset<T, UpdateManyArgs<M>>): PrismaPromise<BatchPayload>;
  updateManyAndReturn<T extends UpdateManyAndReturnArgs<M>>(args: SelectSubset<T, UpdateManyAndReturnArgs<M>>): PrismaPromise<Row<M, T, C>[]>;
  upsert<T extends UpsertArgs<M>>(args: SelectSubset<T, UpsertArgs<M>>): FluentPromise<M, Row<M, T, C>, C, never>;
  delete<T extends DeleteArgs<M>>(args: SelectSubset<T, DeleteArgs<M>>): FluentPromise<M, Row<M, T, C>, C, never>;
  deleteMany<T extends DeleteManyArgs<M>>(args?: Subset<T, DeleteManyArgs<M>>): PrismaPromise<BatchPayload>;
  count<T extends CountArgs<M>>(args?: Subset<T, CountArgs<M>>): PrismaPromise<CountResult<T>>;
  aggregate<T extends AggregateArgs<M>>(args: Subset<T, AggregateArgs<M>>): PrismaPromise<AggregateResult<M, T>>;
  groupBy<T extends GroupByArgs<M>>(args: Subset<T, GroupByArgs<M>>): PrismaPromise<GroupByResult<M, T>[]>;
}

/** Every model method's args, by operation name (query extensions see them). */
export interface OperationArgs<M extends ModelTypes> {
  findUnique: FindUniqueArgs<M>;
  findUniqueOrThrow: FindUniqueArgs<M>;
  findFirst: FindFirstArgs<M>;
  findFirstOrThrow: FindFirstArgs<M>;
  findMany: FindManyArgs<M>;
  create: CreateArgs<M>;
  createMany: CreateManyArgs<M>;
  createManyAndReturn: CreateManyAndReturnArgs<M>;
  update: UpdateArgs<M>;
  updateMany: UpdateManyArgs<M>;
  updateManyAndReturn: UpdateManyAndReturnArgs<M>;
  upsert: UpsertArgs<M>;
  delete: DeleteArgs<M>;
  deleteMany: DeleteManyArgs<M>;
  count: CountArgs<M>;
  aggregate: AggregateArgs<M>;
  groupBy: GroupByArgs<M>;
}

export type ModelOperation = keyof OperationArgs<ModelTypes>;

/** The model types and context of a delegate type (`typeof prisma.user`, or `this` in an extension method). */
type TypesOf<T> = T extends { readonly [modelTypesKey]?: { readonly types: infer M extends ModelTypes; readonly context: infer C extends ClientContext } }
  ? { types: M; context: C }
  : never;

/** `Prisma.Args<typeof prisma.user, 'findFirst'>`: an operation's args for a model. */
export type Args<T, Op extends ModelOperation> = TypesOf<T> extends { types: infer M extends ModelTypes } ? OperationArgs<M>[Op] : never;

/** `Prisma.Payload<typeof prisma.user>`: the model's payload (scalars and relation payloads). */
export type PayloadOf<T> = TypesOf<T> extends { types: infer M extends ModelTypes } ? M['payload'] : never;

type OperationResult<M extends ModelTypes, A, C extends ClientContext, Op extends ModelOperation> = Op extends 'findUnique' | 'findFirst'
  ? Row<M, A, C> | null
  : Op extends 'findMany' | 'createManyAndReturn' | 'updateManyAndReturn'
    ? Row<M, A, C>[]
    : Op extends 'createMany' | 'updateMany' | 'deleteMany'
      ? BatchPayload
      : Op extends 'count'
        ? CountResult<A>
        : Op extends 'aggregate'
          ? AggregateResult<M, A>
          : Op extends 'groupBy'
            ? GroupByResult<M, A>[]
            : Row<M, A, C>;

/** `Prisma.Result<typeof prisma.user, { select: { id: true } }, 'findFirst'>`: what the call resolves to. */
export type Result<T, A, Op extends ModelOperation> = TypesOf<T> extends { types: infer M extends ModelTypes; context: infer C extends ClientContext }
  ? OperationResult<M, A, C, Op>
  : never;
