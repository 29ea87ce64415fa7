/**
 * What `$extends` accepts at runtime, and the lookups over a list of extensions that every part of the
 * machinery shares. Model keys in an extension are the client's delegate names (`user`, `postTag`);
 * the model's own name (`User`) is accepted too, and `$allModels` applies to every model.
 */

export type QueryHook = (params: { model?: string; operation: string; args: unknown; query: (args: unknown) => Promise<unknown> }) => unknown;

export interface ResultField {
  readonly needs?: Readonly<Record<string, unknown>>;
  readonly compute: (data: Record<string, unknown>) => unknown;
}

/** One extension object, as the user wrote it (all parts optional). */
export interface ExtensionObject {
  readonly name?: string;
  readonly result?: Readonly<Record<string, Readonly<Record<string, ResultField>> | undefined>>;
  readonly model?: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly client?: Readonly<Record<string, unknown>>;
}

export const ALL_MODELS = '$allModels';
export const ALL_OPERATIONS = '$allOperations';

/** `User` -> `user`, `PostTag` -> `postTag`: the delegate name of a model. */
export function delegateName(modelName: string): string {
  return modelName.charAt(0).toLowerCase() + modelName.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The part of a component for one model: the delegate-name key, else the model-name key. */
export function forModel<T>(component: Readonly<Record<string, T | undefined>> | undefined, modelName: string): T | undefined {
  if (!component) return undefined;
  return component[delegateName(modelName)] ?? component[modelName];
}

/**
 * The query hooks that apply to one call, outermost first: earlier extensions wrap later ones, and in
 * one extension the model's own hook, its `$allOperations`, `$allModels`' hook, `$allModels.$allOperations`
 * (model calls only), then the top-level operation hook (`$queryRaw`, ...) and the top-level `$allOperations`.
 */
export function queryHooksFor(extensions: readonly ExtensionObject[], modelName: string | null, operation: string): QueryHook[] {
  const hooks: QueryHook[] = [];
  const push = (candidate: unknown): void => {
    if (typeof candidate === 'function') hooks.push(candidate as QueryHook);
  };
  for (const extension of extensions) {
    const query = extension.query;
    if (!query) continue;
    if (modelName !== null) {
      const own = forModel(query as Record<string, unknown>, modelName);
      if (isRecord(own)) {
        push(own[operation]);
        push(own[ALL_OPERATIONS]);
      }
      const all = query[ALL_MODELS];
      if (isRecord(all)) {
        push(all[operation]);
        push(all[ALL_OPERATIONS]);
      }
    }
    push(query[operation]);
    push(query[ALL_OPERATIONS]);
  }
  return hooks;
}

/** Model methods for one model: `$allModels` then the model's own, later extensions winning. */
export function modelMethodsFor(extensions: readonly ExtensionObject[], modelName: string): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  for (const extension of extensions) {
    Object.assign(methods, extension.model?.[ALL_MODELS] ?? {}, forModel(extension.model, modelName) ?? {});
  }
  return methods;
}

/** Client-level members, later extensions winning. */
export function clientMembersFor(extensions: readonly ExtensionObject[]): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  for (const extension of extensions) Object.assign(members, extension.client ?? {});
  return members;
}

export interface ComputedField {
  readonly name: string;
  /** The `name` of the extension that defined it (for error messages). */
  readonly extensionName: string | undefined;
  /** Scalar fields the computation reads, with needs on earlier computed fields replaced by theirs. */
  readonly needs: readonly string[];
  readonly compute: (data: Record<string, unknown>) => unknown;
}

/** Computed fields of one model in definition order (a redefinition moves the field to its new place). */
export function computedFieldsFor(extensions: readonly ExtensionObject[], modelName: string): readonly ComputedField[] {
  const fields = new Map<string, ComputedField>();
  for (const extension of extensions) {
    const defined = { ...(extension.result?.[ALL_MODELS] ?? {}), ...(forModel(extension.result, modelName) ?? {}) };
    for (const [name, definition] of Object.entries(defined)) {
      if (!definition || typeof definition.compute !== 'function') continue;
      const needs = new Set<string>();
      for (const [need, on] of Object.entries(definition.needs ?? {})) {
        if (!on) continue;
        const earlier = fields.get(need);
        if (earlier) earlier.needs.forEach((n) => needs.add(n));
        else needs.add(need);
      }
      fields.delete(name);
      fields.set(name, { name, extensionName: extension.name, needs: [...needs], compute: definition.compute });
    }
  }
  return [...fields.values()];
}
