/**
 * Nested writes through a relation field, shared by every model. Each is generic over the related
 * model's inputs: `C` the create data without the back-relation (checked or unchecked), `W` its
 * where-unique input, `CM` its createMany data, `U` its update data, `S` its scalar where input.
 */
import type { Enumerable, XOR } from './utils.js';

export interface ConnectOrCreateInput<C, W> {
  where: W;
  create: C;
}

export interface CreateManyNestedInput<CM> {
  data: Enumerable<CM>;
  skipDuplicates?: boolean;
}

/** `posts: { create, connectOrCreate, createMany, connect }` in a create. */
export interface CreateNestedManyInput<C, W, CM> {
  create?: Enumerable<C>;
  connectOrCreate?: Enumerable<ConnectOrCreateInput<C, W>>;
  createMany?: CreateManyNestedInput<CM>;
  connect?: Enumerable<W>;
}

/** `author: { create, connectOrCreate, connect }` in a create. */
export interface CreateNestedOneInput<C, W> {
  create?: C;
  connectOrCreate?: ConnectOrCreateInput<C, W>;
  connect?: W;
}

export interface UpsertNestedInput<C, U, W> {
  where: W;
  update: U;
  create: C;
}

export interface UpsertNestedOneInput<C, U, WF> {
  update: U;
  create: C;
  where?: WF;
}

export interface UpdateWithWhereUniqueInput<U, W> {
  where: W;
  data: U;
}

export interface UpdateManyWithWhereInput<UM, S> {
  where: S;
  data: UM;
}

/** `posts: { create, ..., set, disconnect, delete, update, updateMany, deleteMany }` in an update. */
export interface UpdateNestedManyInput<C, W, CM, U, UM, S> {
  create?: Enumerable<C>;
  connectOrCreate?: Enumerable<ConnectOrCreateInput<C, W>>;
  upsert?: Enumerable<UpsertNestedInput<C, U, W>>;
  createMany?: CreateManyNestedInput<CM>;
  set?: Enumerable<W>;
  disconnect?: Enumerable<W>;
  delete?: Enumerable<W>;
  connect?: Enumerable<W>;
  update?: Enumerable<UpdateWithWhereUniqueInput<U, W>>;
  updateMany?: Enumerable<UpdateManyWithWhereInput<UM, S>>;
  deleteMany?: Enumerable<S>;
}

/**
 * `author: { create, connectOrCreate, upsert, connect, update, disconnect, delete }` in an update.
 * `disconnect` and `delete` exist only when the relation is optional (`N` true); `WF` is the related
 * model's where input (a condition on the connected row).
 */
export interface UpdateNestedOneInput<C, W, U, WF> {
  create?: C;
  connectOrCreate?: ConnectOrCreateInput<C, W>;
  upsert?: UpsertNestedOneInput<C, U, WF>;
  connect?: W;
  update?: U | { where?: WF; data: U };
}

export interface UpdateNestedOptionalOneInput<C, W, U, WF> extends UpdateNestedOneInput<C, W, U, WF> {
  disconnect?: boolean | WF;
  delete?: boolean | WF;
}

/** Create data: the checked form (relations) or the unchecked form (foreign keys), not a mix. */
export type CreateData<Checked, Unchecked> = XOR<Checked, Unchecked>;
