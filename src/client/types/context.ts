/**
 * What a client instance adds on top of its schema: the constructor's global `omit`, and what
 * `$extends` added. Every result and delegate type reads it; a plain client has all four empty.
 */
import type { Empty } from './utils.js';

export interface ClientContext {
  /** `new PrismaClient({ omit: { user: { password: true } } })`: model key -> omitted fields. */
  readonly omit: object;
  /** Computed fields from `$extends({ result })`: model key (or `$allModels`) -> field -> type. */
  readonly result: object;
  /** Methods from `$extends({ model })`: model key (or `$allModels`) -> methods. */
  readonly model: object;
  /** Methods from `$extends({ client })`. */
  readonly client: object;
}

export interface DefaultContext {
  readonly omit: Empty;
  readonly result: Empty;
  readonly model: Empty;
  readonly client: Empty;
}

/** `C[Part][Key]`, or `{}` when absent. */
export type ContextEntry<C extends ClientContext, Part extends keyof ClientContext, Key extends string> = Key extends keyof C[Part]
  ? C[Part][Key]
  : Empty;
