/**
 * The two per-model interfaces the generator emits and the shared machinery reads:
 * - `$UserPayload`: what a row is (its scalars) and what each relation holds (another payload, a list
 *   of them, or `| null`). Results are computed from it.
 * - `$UserTypes`: the model's named input types (where, select, create, ...). Args types index it.
 * Keeping both as plain named interfaces is what keeps the checker cheap: nothing model-specific is a
 * conditional type, and the generic types below are instantiated once per model that is used.
 */
export interface Payload {
  /** The model's name (`User`); its client property and global-omit key is `Uncapitalize` of it. */
  readonly name: string;
  /** The row as returned by default: the model type `User`. */
  readonly scalars: object;
  /** Relation name -> related payload, `Payload[]`, or `Payload | null`. */
  readonly objects: object;
}

export interface ModelTypes {
  readonly payload: Payload;
  readonly where: object;
  readonly whereUnique: object;
  /** Scalar-only where input (nested updateMany/deleteMany). */
  readonly scalarWhere: object;
  readonly orderBy: object;
  readonly select: object;
  readonly include: object;
  readonly omit: object;
  /** Union of scalar field names (`distinct`, groupBy `by`). */
  readonly scalarField: string;
  readonly create: object;
  readonly createMany: object;
  readonly update: object;
  readonly updateMany: object;
  /** Result types of `_avg`, `_sum`, `_min`, `_max` (their keys are what may be asked for). */
  readonly avg: object;
  readonly sum: object;
  readonly min: object;
  readonly max: object;
  /** Relation field -> the related model's `$…Types` (the fluent API's args). */
  readonly relations: object;
  /** `prisma.user.fields`: a `FieldRef` per scalar field. */
  readonly fields: object;
  /** groupBy `having` and `orderBy`. */
  readonly having: object;
  readonly orderByWithAggregation: object;
}

/** The generated client's index of models: client property (`user`) -> `$UserTypes`. */
export interface ClientTypeMap {
  readonly models: object;
  readonly provider: string;
  /** `$transaction` isolation levels this database supports. */
  readonly isolationLevel: string;
}

export type ModelKey<P extends Payload> = Uncapitalize<P['name']>;
