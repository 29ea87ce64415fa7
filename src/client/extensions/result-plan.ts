/**
 * Result extensions, on the way in and out of a call. On the way in, `planResult` rewrites the call's
 * `select` / `include` / `omit` so the database returns what computed fields need (a selected computed
 * field is replaced by its `needs`; an omitted need is fetched anyway), at every nesting level. On the
 * way out, `applyResultPlan` computes the fields on a copy of every record (nested relations first,
 * computed fields in definition order so one may read an earlier one) and drops what was fetched only as
 * a need.
 */
import type { Schema } from '../../schema/model.js';
import type { ComputedField, ExtensionObject } from './extension-shape.js';
import { computedFieldsFor } from './extension-shape.js';
import { wrapExtensionCallback } from '../errors/extension-error.js';

export interface ResultPlan {
  readonly compute: readonly ComputedField[];
  /** Keys fetched only because a computed field needs them. */
  readonly strip: readonly string[];
  readonly relations: ReadonlyMap<string, ResultPlan>;
}

const EMPTY_PLAN: ResultPlan = { compute: [], strip: [], relations: new Map() };

function isEmpty(plan: ResultPlan): boolean {
  return plan.compute.length === 0 && plan.strip.length === 0 && plan.relations.size === 0;
}

type Args = Record<string, unknown>;

function isArgs(value: unknown): value is Args {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What planning needs: the schema for relation targets, and the computed fields per model (cached). */
export class ResultPlanner {
  private readonly computed = new Map<string, readonly ComputedField[]>();

  constructor(
    private readonly schema: Schema,
    private readonly extensions: readonly ExtensionObject[],
  ) {}

  /** True when some extension declares computed fields (otherwise calls pass through untouched). */
  get active(): boolean {
    return this.extensions.some((e) => e.result && Object.keys(e.result).length > 0);
  }

  private fieldsOf(modelName: string): readonly ComputedField[] {
    let fields = this.computed.get(modelName);
    if (!fields) {
      fields = computedFieldsFor(this.extensions, modelName);
      this.computed.set(modelName, fields);
    }
    return fields;
  }

  private relationTarget(modelName: string, field: string): string | null {
    const model = this.schema.models.find((m) => m.name === modelName);
    const relation = model?.fields.find((f) => f.name === field && f.kind === 'relation');
    return relation ? relation.type : null;
  }

  /** Rewrites one level of args (and the relations below it) and returns the plan for its records. */
  plan(modelName: string, args: unknown): { readonly args: unknown; readonly plan: ResultPlan } {
    const computed = this.fieldsOf(modelName);
    const byName = new Map(computed.map((f) => [f.name, f]));
    const out: Args = isArgs(args) ? { ...args } : {};
    const relations = new Map<string, ResultPlan>();
    const strip: string[] = [];
    let toCompute: ComputedField[];

    const planRelations = (part: Args): Args => {
      const next: Args = { ...part };
      for (const [key, value] of Object.entries(part)) {
        if (byName.has(key) || !value) continue;
        const target = this.relationTarget(modelName, key);
        if (target === null) continue;
        const nested = this.plan(target, value === true ? undefined : value);
        if (!isEmpty(nested.plan)) relations.set(key, nested.plan);
        next[key] = nested.args === undefined ? value : nested.args;
      }
      return next;
    };

    if (isArgs(out['select'])) {
      const select = planRelations(out['select']);
      const chosen = new Set<string>();
      for (const [key, value] of Object.entries(out['select'])) {
        if (!byName.has(key)) continue;
        delete select[key];
        if (value) chosen.add(key);
      }
      toCompute = computed.filter((f) => chosen.has(f.name));
      const computing = new Set(toCompute.map((f) => f.name));
      for (const field of toCompute) {
        for (const need of field.needs) {
          if (select[need]) continue;
          select[need] = true;
          // A computed field may shadow the scalar it reads (`name` from `name`): keep its result.
          if (!computing.has(need)) strip.push(need);
        }
      }
      out['select'] = select;
    } else {
      const omit = isArgs(out['omit']) ? { ...out['omit'] } : null;
      toCompute = computed.filter((f) => !omit?.[f.name]);
      if (omit) {
        for (const field of computed) delete omit[field.name];
        for (const field of toCompute) {
          for (const need of field.needs) {
            if (!omit[need]) continue;
            delete omit[need];
            if (!strip.includes(need) && !toCompute.some((f) => f.name === need)) strip.push(need);
          }
        }
        out['omit'] = omit;
      }
      if (isArgs(out['include'])) out['include'] = planRelations(out['include']);
    }
    const plan: ResultPlan = toCompute.length === 0 && strip.length === 0 && relations.size === 0 ? EMPTY_PLAN : { compute: toCompute, strip, relations };
    return { args: isArgs(args) ? out : args === undefined && Object.keys(out).length === 0 ? undefined : out, plan };
  }
}

function applyToRecord(record: Record<string, unknown>, plan: ResultPlan): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const [key, nested] of plan.relations) {
    if (key in out) out[key] = applyResultPlan(out[key], nested);
  }
  for (const field of plan.compute) {
    // As Prisma: a field whose needs are not all in the record (a result a hook made up) is left out.
    if (field.needs.every((need) => need in out)) out[field.name] = wrapExtensionCallback(field.extensionName, () => field.compute(out));
  }
  for (const key of plan.strip) delete out[key];
  return out;
}

/**
 * The plan's fields computed on a result (a record, a list of records, or null). Records are copied,
 * never changed: a hook may keep what `query` returned (a cache) and must not see it altered.
 */
export function applyResultPlan<T>(result: T, plan: ResultPlan): T {
  if (isEmpty(plan) || result === null || result === undefined) return result;
  if (Array.isArray(result)) return result.map((record: unknown) => (isArgs(record) ? applyToRecord(record, plan) : record)) as T;
  return (isArgs(result) ? applyToRecord(result, plan) : result) as T;
}
