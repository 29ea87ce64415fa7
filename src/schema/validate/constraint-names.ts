/**
 * Database names of keys and indexes (given with `map:` or derived): each must fit the provider's
 * identifier length, and be unique in its namespace (the whole database on PostgreSQL, CockroachDB and
 * SQLite; the table on MySQL and SQL Server). Client names of compound uniques must be unique per model.
 */
import type { Span } from '../diagnostics.js';
import type { Relation } from '../model.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import type { ConstraintDraft, ModelDraft } from './draft.js';
import { indexName, primaryKeyName, uniqueName } from './names.js';

interface NamedConstraint {
  readonly model: ModelDraft;
  readonly dbName: string;
  readonly label: string;
  readonly span: Span;
  /** Given with `map:` (checked for length). */
  readonly mapped: boolean;
}

/** Where index and key names must be unique, per provider (CockroachDB: Prisma does not check). */
const INDEX_NAMESPACE: Readonly<Record<string, { readonly global: boolean; readonly primaryKeys: boolean }>> = {
  postgresql: { global: true, primaryKeys: true },
  sqlite: { global: true, primaryKeys: false },
  mysql: { global: false, primaryKeys: false },
  sqlserver: { global: false, primaryKeys: true },
  mongodb: { global: false, primaryKeys: false },
};

function argSpan(draft: ConstraintDraft, arg: 'map' | 'name'): Span {
  return draft.argSpans?.[arg] ?? draft.span;
}

/** Where a clash of database names points: `map:`, else `name:`, else the attribute. */
function nameSpan(draft: ConstraintDraft): Span {
  return draft.argSpans?.map ?? draft.argSpans?.name ?? draft.span;
}

function collect(ctx: ValidationContext, model: ModelDraft): NamedConstraint[] {
  const limit = ctx.capabilities.maxIdentifierLength;
  const columns = (d: ConstraintDraft) => d.fields.map((f) => model.byName.get(f.name)?.dbName ?? f.name);
  const out: NamedConstraint[] = [];
  const pk = model.primaryKey;
  if (pk && pk.fields.length) {
    out.push({ model, dbName: pk.map ?? primaryKeyName(model.dbName, limit), label: pk.isFieldLevel ? '@id' : '@@id', span: nameSpan(pk), mapped: pk.map !== null });
  }
  for (const u of model.uniques) {
    out.push({ model, dbName: u.map ?? uniqueName(model.dbName, columns(u), limit), label: u.isFieldLevel ? '@unique' : '@@unique', span: nameSpan(u), mapped: u.map !== null });
  }
  for (const i of model.indexes) {
    out.push({ model, dbName: i.map ?? indexName(model.dbName, columns(i), limit), label: i.kind === 'fulltext' ? '@@fulltext' : '@@index', span: nameSpan(i), mapped: i.map !== null });
  }
  return out;
}

export function checkConstraintNames(ctx: ValidationContext, models: readonly ModelDraft[], relations: readonly Relation[]): void {
  if (!ctx.provider) return;
  const limit = ctx.capabilities.maxIdentifierLength;
  const scope = INDEX_NAMESPACE[ctx.provider];
  const all = models.filter((m) => m.kind === 'model').map((m) => collect(ctx, m));
  for (const constraints of all) {
    for (const c of constraints) {
      if (c.mapped && Buffer.byteLength(c.dbName) > limit) {
        ctx.error(
          Codes.constraintNameTooLong,
          msg.model(c.model.name, `The constraint name '${c.dbName}' specified in the \`map\` argument for the \`${c.label}\` constraint is too long for your chosen provider. The maximum allowed length is ${limit} bytes.`),
          constraintSpan(c),
        );
      }
    }
  }
  const groups = !scope ? [] : scope.global ? [all.flat()] : all;
  for (const group of groups) {
    const byName = new Map<string, NamedConstraint[]>();
    for (const c of group) {
      if (!scope?.primaryKeys && (c.label === '@id' || c.label === '@@id')) continue;
      const list = byName.get(c.dbName);
      if (list) list.push(c);
      else byName.set(c.dbName, [c]);
    }
    for (const [name, list] of byName) {
      if (list.length < 2) continue;
      for (const c of list) {
        const what = `${scope?.primaryKeys ? 'primary key, ' : ''}indexes and unique constraints`;
        const namespace = scope?.global ? `global for ${what}` : `on model \`${c.model.name}\` for ${what}`;
        ctx.error(
          Codes.duplicateConstraintName,
          msg.attribute(c.label, `The given constraint name \`${name}\` has to be unique in the following namespace: ${namespace}. Please provide a different name using the \`map\` argument.`),
          c.span,
        );
      }
    }
  }
  for (const model of models) checkClientNames(ctx, model);
  if (ctx.provider === 'mongodb') for (const model of models) checkRepeatedIndexes(ctx, model);
  checkForeignKeyNames(ctx, models, relations, all.flat());
}

/** Foreign key names: unique per table with its keys and indexes (PostgreSQL, CockroachDB) or per database. */
function checkForeignKeyNames(ctx: ValidationContext, models: readonly ModelDraft[], relations: readonly Relation[], others: readonly NamedConstraint[]): void {
  const scope = FOREIGN_KEY_NAMESPACE[ctx.provider ?? ''];
  if (!scope) return;
  const byModel = new Map(models.map((m) => [m.name, m]));
  const fks = relations.flatMap((r) => {
    const field = byModel.get(r.referencing.model)?.byName.get(r.referencing.field);
    if (!r.foreignKeyName || !field?.relation) return [];
    return [{ model: r.referencing.model, name: r.foreignKeyName, span: field.relation.mapSpan ?? field.node.span, attributeSpan: field.relation.attribute?.span ?? field.node.span, mapped: field.relation.map !== null }];
  });
  const limit = ctx.capabilities.maxIdentifierLength;
  for (const fk of fks) {
    if (fk.mapped && Buffer.byteLength(fk.name) > limit) {
      ctx.error(
        Codes.constraintNameTooLong,
        msg.model(fk.model, `The constraint name '${fk.name}' specified in the \`map\` argument for the \`@relation\` constraint is too long for your chosen provider. The maximum allowed length is ${limit} bytes.`),
        fk.attributeSpan,
      );
    }
  }
  // Counted by key once, not searched per foreign key: a schema has as many foreign keys as relations.
  const keyOf = (model: string, name: string) => (scope.perModel ? `${model}\0${name}` : name);
  const fkCount = new Map<string, number>();
  for (const fk of fks) fkCount.set(keyOf(fk.model, fk.name), (fkCount.get(keyOf(fk.model, fk.name)) ?? 0) + 1);
  const otherKeys = new Set(scope.perModel ? others.map((o) => keyOf(o.model.name, o.dbName)) : []);
  for (const fk of fks) {
    const key = keyOf(fk.model, fk.name);
    const clash = (fkCount.get(key) ?? 0) > 1 || otherKeys.has(key);
    if (!clash) continue;
    const namespace = scope.perModel ? `on model \`${fk.model}\` for primary key, indexes, unique constraints and foreign keys` : scope.text;
    ctx.error(
      Codes.duplicateConstraintName,
      msg.attribute('@relation', `The given constraint name \`${fk.name}\` has to be unique in the following namespace: ${namespace}. Please provide a different name using the \`map\` argument.`),
      fk.span,
    );
  }
}

const FOREIGN_KEY_NAMESPACE: Readonly<Record<string, { perModel: boolean; text: string }>> = {
  postgresql: { perModel: true, text: '' },
  cockroachdb: { perModel: true, text: '' },
  mysql: { perModel: false, text: 'global for foreign keys' },
  sqlserver: { perModel: false, text: 'global for primary keys, foreign keys and default constraints' },
};

/** The length error points at the whole attribute, not at `map:`. */
function constraintSpan(c: NamedConstraint): Span {
  const draft = [c.model.primaryKey, ...c.model.uniques, ...c.model.indexes].find((d) => d && d.argSpans?.map === c.span);
  return draft?.span ?? c.span;
}

function checkClientNames(ctx: ValidationContext, model: ModelDraft): void {
  const named = [...(model.primaryKey && !model.primaryKey.isFieldLevel ? [{ d: model.primaryKey, label: '@@id' }] : []), ...model.uniques.filter((u) => !u.isFieldLevel).map((d) => ({ d, label: '@@unique' }))];
  const byName = new Map<string, typeof named>();
  for (const entry of named) {
    const name = entry.d.name;
    if (name !== null) byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    for (const { d, label } of list) {
      ctx.error(
        Codes.duplicateConstraintName,
        msg.attribute(label, `The given custom name \`${name}\` has to be unique on the model. Please provide a different name for the \`name\` argument.`),
        argSpan(d, 'name'),
      );
    }
  }
}

/** MongoDB: two indexes over the same fields (same order and sort) are one index defined twice. */
function checkRepeatedIndexes(ctx: ValidationContext, model: ModelDraft): void {
  const all: [ConstraintDraft, string][] = [...model.uniques.map((u): [ConstraintDraft, string] => [u, '@@unique']), ...model.indexes.map((i): [ConstraintDraft, string] => [i, '@@index'])];
  const key = (c: ConstraintDraft) => JSON.stringify(c.fields.map((f) => [f.name, f.sort ?? 'Asc']));
  for (const [c, label] of all) {
    if (all.some(([o]) => o !== c && key(o) === key(c))) {
      ctx.error(Codes.duplicateIndex, msg.attribute(label, 'Index already exists in the model.'), c.span);
    }
  }
}
