/**
 * Args of every model method, generic over the model's `$…Types` interface. The generator aliases
 * them per model (`Prisma.UserFindManyArgs = FindManyArgs<$UserTypes>`).
 */
import type { ModelTypes } from './model-types.js';
import type { Enumerable } from './utils.js';

/** `select` / `include` / `omit`: what a result holds. */
export interface SelectionArgs<M extends ModelTypes> {
  select?: M['select'] | null;
  include?: M['include'] | null;
  omit?: M['omit'] | null;
}

/** `true` or these args in a parent's select/include for a to-one relation. */
export type DefaultArgs<M extends ModelTypes> = SelectionArgs<M>;

export interface FindUniqueArgs<M extends ModelTypes> extends SelectionArgs<M> {
  where: M['whereUnique'];
}

export interface FindManyArgs<M extends ModelTypes> extends SelectionArgs<M> {
  where?: M['where'];
  orderBy?: Enumerable<M['orderBy']>;
  cursor?: M['whereUnique'];
  take?: number;
  skip?: number;
  distinct?: Enumerable<M['scalarField']>;
}

export type FindFirstArgs<M extends ModelTypes> = FindManyArgs<M>;

export interface CreateArgs<M extends ModelTypes> extends SelectionArgs<M> {
  data: M['create'];
}

export interface CreateManyArgs<M extends ModelTypes> {
  data: Enumerable<M['createMany']>;
  skipDuplicates?: boolean;
}

export interface CreateManyAndReturnArgs<M extends ModelTypes> extends SelectionArgs<M> {
  data: Enumerable<M['createMany']>;
  skipDuplicates?: boolean;
}

export interface UpdateArgs<M extends ModelTypes> extends SelectionArgs<M> {
  data: M['update'];
  where: M['whereUnique'];
}

export interface UpdateManyArgs<M extends ModelTypes> {
  data: M['updateMany'];
  where?: M['where'];
  limit?: number;
}

export interface UpdateManyAndReturnArgs<M extends ModelTypes> extends SelectionArgs<M> {
  data: M['updateMany'];
  where?: M['where'];
  limit?: number;
}

export interface UpsertArgs<M extends ModelTypes> extends SelectionArgs<M> {
  where: M['whereUnique'];
  create: M['create'];
  update: M['update'];
}

export interface DeleteArgs<M extends ModelTypes> extends SelectionArgs<M> {
  where: M['whereUnique'];
}

export interface DeleteManyArgs<M extends ModelTypes> {
  where?: M['where'];
  limit?: number;
}

/** `_count` select of `count()` and `aggregate()`: any scalar field, or `_all`. */
export type CountAggregateInput<M extends ModelTypes> = { [K in M['scalarField'] | '_all']?: true };
export type AggregateFieldsInput<Out> = { [K in keyof Out]?: true };

export interface CountArgs<M extends ModelTypes> {
  where?: M['where'];
  orderBy?: Enumerable<M['orderBy']>;
  cursor?: M['whereUnique'];
  take?: number;
  skip?: number;
  select?: CountAggregateInput<M> | true;
}

interface AggregateSelection<M extends ModelTypes> {
  _count?: CountAggregateInput<M> | true;
  _avg?: AggregateFieldsInput<M['avg']>;
  _sum?: AggregateFieldsInput<M['sum']>;
  _min?: AggregateFieldsInput<M['min']>;
  _max?: AggregateFieldsInput<M['max']>;
}

export interface AggregateArgs<M extends ModelTypes> extends AggregateSelection<M> {
  where?: M['where'];
  orderBy?: Enumerable<M['orderBy']>;
  cursor?: M['whereUnique'];
  take?: number;
  skip?: number;
}

export interface GroupByArgs<M extends ModelTypes> extends AggregateSelection<M> {
  by: Enumerable<M['scalarField']>;
  where?: M['where'];
  orderBy?: Enumerable<M['orderByWithAggregation']>;
  having?: M['having'];
  take?: number;
  skip?: number;
}

/** `_count: { select: { posts: { where } } }` inside a select/include. */
export interface CountRelationArgs<W> {
  where?: W;
}

/** `_count: true | { select: { posts: true } }` inside a select/include. */
export interface CountOutputArgs<S> {
  select?: S | null;
}
