/**
 * `$extends` typing: what an extension may declare (checked against the client's models, with the
 * callbacks contextually typed) and how its declarations extend the client context.
 */
import type { ClientContext, DefaultContext } from './context.js';
import type { ModelDelegate, ModelOperation, OperationArgs } from './delegate.js';
import type { ClientTypeMap, ModelTypes } from './model-types.js';
import type { Empty, PrismaPromise } from './utils.js';

type ModelsOf<TM extends ClientTypeMap> = TM['models'];
type ScalarsOf<M> = M extends ModelTypes ? M['payload']['scalars'] : never;
type ArgsOf<M, Op extends ModelOperation> = M extends ModelTypes ? OperationArgs<M>[Op] : never;

export interface ResultFieldDefinition<Row> {
  needs?: { [K in keyof Row]?: boolean };
  compute: (data: Row) => unknown;
}

export interface QueryHookParams<Args, Op extends string> {
  model: string;
  operation: Op;
  args: Args;
  query: (args: Args) => PrismaPromise<unknown>;
}

type ModelQueryHooks<M> = { [Op in ModelOperation]?: (params: QueryHookParams<ArgsOf<M, Op>, Op>) => Promise<unknown> } & {
  $allOperations?: (params: QueryHookParams<ArgsOf<M, ModelOperation>, ModelOperation>) => Promise<unknown>;
};

type AnyArgs = { [key: string]: unknown };
type AllModelsQueryHooks = { [Op in ModelOperation]?: (params: QueryHookParams<AnyArgs, Op>) => Promise<unknown> } & {
  $allOperations?: (params: QueryHookParams<AnyArgs, ModelOperation>) => Promise<unknown>;
};

/** `this` in a model extension method (`Prisma.getExtensionContext(this)`): the model's delegate. */
type ModelThis<M> = (M extends ModelTypes ? ModelDelegate<M, DefaultContext> : unknown) & ExtensionContextInfo;

export interface ExtensionContextInfo {
  /** The model's name, e.g. `User`. */
  readonly $name: string;
  readonly $parent: unknown;
}

/** `this` in an `$allModels` method: any model's delegate, with loosely typed args. */
export type AnyModelThis = { [Op in ModelOperation]: (args?: AnyArgs) => PrismaPromise<unknown> } & ExtensionContextInfo;

type ModelMethods<This> = { [method: string]: unknown } & ThisType<This>;

/** What `$extends({...})` accepts for a client whose models are `TM`. */
export interface ExtensionInput<TM extends ClientTypeMap> {
  name?: string;
  result?: { [K in keyof ModelsOf<TM>]?: { [field: string]: ResultFieldDefinition<ScalarsOf<ModelsOf<TM>[K]>> } } & {
    $allModels?: { [field: string]: ResultFieldDefinition<{ [key: string]: unknown }> };
  };
  model?: { [K in keyof ModelsOf<TM>]?: ModelMethods<ModelThis<ModelsOf<TM>[K]>> } & { $allModels?: ModelMethods<AnyModelThis> };
  query?: { [K in keyof ModelsOf<TM>]?: ModelQueryHooks<ModelsOf<TM>[K]> } & {
    $allModels?: AllModelsQueryHooks;
    $allOperations?: (params: QueryHookParams<AnyArgs, string>) => Promise<unknown>;
  };
  client?: { [method: string]: unknown };
}

/** `Prisma.defineExtension(...)`'s result: an extension `$extends` takes as it is. */
export interface ExtensionDefinition<E> {
  readonly _extension: E;
  (client: never): unknown;
}

type ComputedFields<R> = {
  [K in keyof R]: { [F in keyof R[K]]: R[K][F] extends { compute: (...args: never[]) => infer T } ? T : never };
};

type PartOf<E, Key extends string> = E extends { [P in Key]: infer V } ? (V extends object ? V : Empty) : Empty;

/** The context after `$extends(E)`: computed fields, model and client methods accumulate. */
export interface ExtendedContext<C extends ClientContext, E> {
  readonly omit: C['omit'];
  readonly result: C['result'] & ComputedFields<PartOf<E, 'result'>>;
  readonly model: C['model'] & PartOf<E, 'model'>;
  readonly client: C['client'] & PartOf<E, 'client'>;
}
