/**
 * The JSON API behind the page. Every read and write is a model delegate call with Prisma arguments
 * (the client's validated query path); nothing here builds SQL. Values come and go tagged (tagged-json).
 *
 *   GET  /api/schema   the models, fields, enums (schema-summary)
 *   GET  /api/counts   { Model: rowCount }
 *   POST /api/rows     { model, where?, orderBy?, skip?, take? } -> { rows, total }
 *   POST /api/save     { changes: [{ id, kind: create|update|delete, model, where?, data? }] }
 *                      -> { results: [{ id, ok, error? }] }  (each change on its own: one failure keeps the rest)
 */
import type { Model, Schema } from '../schema/model.js';
import { delegateName } from '../client/engine/schema-index.js';
import { describeWriteError, StudioRequestError, type StudioWriteError } from './errors.js';
import { summarizeSchema, type StudioSchema } from './schema-summary.js';
import { decodeArgs, encodeRow } from './tagged-json.js';

/** The part of a PrismaClient the API uses: a delegate per model. */
export type ModelDelegate = Record<'findMany' | 'count' | 'create' | 'update' | 'delete', (args?: unknown) => Promise<unknown>>;
export type StudioClient = Record<string, unknown>;

export interface StudioApiOptions {
  readonly schema: Schema;
  readonly client: StudioClient;
  readonly readOnly: boolean;
}

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

const MAX_TAKE = 500;
/** Linked records shown in a to-many relation cell. */
const LINKED_PREVIEW = 3;

export class StudioApi {
  private readonly summary: StudioSchema;

  constructor(private readonly options: StudioApiOptions) {
    this.summary = summarizeSchema(options.schema, options.readOnly);
  }

  async handle(method: string, route: string, body: unknown): Promise<ApiResponse> {
    try {
      if (method === 'GET' && route === '/api/schema') return { status: 200, body: this.summary };
      if (method === 'GET' && route === '/api/counts') return { status: 200, body: await this.counts() };
      if (method === 'POST' && route === '/api/rows') return { status: 200, body: await this.rows(body) };
      if (method === 'POST' && route === '/api/save') {
        if (this.options.readOnly) throw new StudioRequestError(403, 'Studio runs with --read-only: changes are disabled.');
        return { status: 200, body: await this.save(body) };
      }
      throw new StudioRequestError(404, `No API route ${method} ${route}.`);
    } catch (error) {
      if (error instanceof StudioRequestError) return { status: error.status, body: { error: { message: error.message } } };
      // A read the client refused (bad filter value…): the page shows the client's message.
      return { status: 400, body: { error: describeWriteError(error) } };
    }
  }

  private models(): readonly Model[] {
    return this.options.schema.models.filter((m) => !m.isIgnored);
  }

  private model(name: unknown): Model {
    const found = this.models().find((m) => m.name === name);
    if (!found) throw new StudioRequestError(400, `Unknown model ${JSON.stringify(name)}.`);
    return found;
  }

  private delegate(model: Model): ModelDelegate {
    return this.options.client[delegateName(model.name)] as ModelDelegate;
  }

  private async counts(): Promise<Record<string, number>> {
    const entries = await Promise.all(this.models().map(async (m) => [m.name, Number(await this.delegate(m).count())] as const));
    return Object.fromEntries(entries);
  }

  private async rows(body: unknown): Promise<{ rows: unknown[]; total: number }> {
    const input = asObject(body);
    const model = this.model(input.model);
    const where = decodeArgs(input.where ?? {});
    const take = Math.min(MAX_TAKE, Math.max(1, Number(input.take ?? 50) || 50));
    const skip = Math.max(0, Number(input.skip ?? 0) || 0);
    const orderBy = decodeArgs(input.orderBy ?? []);
    const delegate = this.delegate(model);
    const [rows, total] = await Promise.all([
      delegate.findMany({ where, orderBy: withTieBreak(model, orderBy), skip, take, select: this.selection(model) }),
      delegate.count({ where }),
    ]);
    return { rows: (rows as Record<string, unknown>[]).map((r) => encodeRow(model, r)), total: Number(total) };
  }

  /** Every scalar; a linked record's identity and label for to-one relations; counts and a preview for to-many. */
  private selection(model: Model): Record<string, unknown> {
    const select: Record<string, unknown> = {};
    const counts: Record<string, true> = {};
    for (const field of model.fields) {
      if (field.isIgnored) continue;
      if (field.kind === 'relation') {
        // To-many: the count and the first few linked records (their identity and label), never all.
        if (field.isList) {
          counts[field.name] = true;
          const ids = this.summary.models.find((m) => m.name === field.type)?.identity?.fields ?? [];
          select[field.name] = { select: this.linkSelection(field.type), take: LINKED_PREVIEW, orderBy: ids.map((id) => ({ [id]: 'asc' })) };
        } else select[field.name] = { select: this.linkSelection(field.type) };
      } else if (field.kind !== 'unsupported' && field.kind !== 'composite') select[field.name] = true;
    }
    if (Object.keys(counts).length) select._count = { select: counts };
    return select;
  }

  private linkSelection(modelName: string): Record<string, true> {
    const target = this.summary.models.find((m) => m.name === modelName);
    const names = [...(target?.identity?.fields ?? []), ...(target?.labelField ? [target.labelField] : [])];
    return Object.fromEntries(names.map((n) => [n, true]));
  }

  private async save(body: unknown): Promise<{ results: unknown[] }> {
    const changes = asObject(body).changes;
    if (!Array.isArray(changes)) throw new StudioRequestError(400, '`changes` must be a list.');
    const results: { id: unknown; ok: boolean; error?: StudioWriteError; row?: unknown }[] = [];
    // One at a time, in order (a created record may be linked by a later change), each on its own.
    for (const raw of changes) {
      const change = asObject(raw);
      const model = this.model(change.model);
      const delegate = this.delegate(model);
      try {
        const row = await this.apply(delegate, change);
        results.push({ id: change.id, ok: true, row: encodeRow(model, row as Record<string, unknown>) });
      } catch (error) {
        if (error instanceof StudioRequestError) throw error;
        results.push({ id: change.id, ok: false, error: describeWriteError(error) });
      }
    }
    return { results };
  }

  private apply(delegate: ModelDelegate, change: Record<string, unknown>): Promise<unknown> {
    const where = decodeArgs(change.where);
    const data = decodeArgs(change.data);
    switch (change.kind) {
      case 'create':
        return delegate.create({ data });
      case 'update':
        return delegate.update({ where, data });
      case 'delete':
        return delegate.delete({ where });
      default:
        throw new StudioRequestError(400, `Unknown change kind ${JSON.stringify(change.kind)}.`);
    }
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StudioRequestError(400, 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

/** Pages stay stable under ties: the identity fields sort last. */
function withTieBreak(model: Model, orderBy: unknown): unknown[] {
  const list = Array.isArray(orderBy) ? [...orderBy] : orderBy ? [orderBy] : [];
  const used = new Set(list.flatMap((o) => Object.keys(o as object)));
  for (const f of model.primaryKey?.fields ?? []) if (!used.has(f.name)) list.push({ [f.name]: 'asc' });
  return list;
}
