// The validated model against Prisma 7's DMMF (its engine's view of the same schema) on every valid
// fixture: names, database names, arity, ids and uniques, foreign keys (DMMF's isReadOnly), defaults,
// relation names and fields, referential actions as written, documentation, enums, and every key and
// index (fields, sort, length, ops, algorithm, clustering, names written in the schema).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import type { DefaultValue, IndexField, Model, Schema } from '../../src/schema/model.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(input: string): string };
const dir = path.join(import.meta.dirname, '..', 'fixtures', 'valid');

/* eslint-disable @typescript-eslint/no-explicit-any -- DMMF is untyped JSON */
function dmmfDefault(value: any): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(dmmfDefault);
  if (value && typeof value === 'object') return { fn: value.name, args: (value.args ?? []).map(String) };
  return String(value);
}

/** DateTime defaults: Prisma normalises the text (`Z` -> `+00:00`); compare the instant. */
function instant(type: string, value: unknown): unknown {
  return type === 'DateTime' && typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value;
}

/** DMMF's `indexes`, as a sorted list of JSON strings (its order is not declaration order). */
function dmmfIndexes(datamodel: any): string[] {
  return datamodel.indexes.map((i: any) => JSON.stringify(i, Object.keys(i).sort())).sort();
}

function projectDmmf(datamodel: any): unknown {
  return {
    indexes: dmmfIndexes(datamodel),
    models: datamodel.models.map((m: any) => ({
      name: m.name,
      dbName: m.dbName ?? m.name,
      schema: m.schema ?? null,
      documentation: m.documentation ?? null,
      primaryKey: m.primaryKey ? { name: m.primaryKey.name ?? null, fields: m.primaryKey.fields } : null,
      uniqueIndexes: m.uniqueIndexes.map((u: any) => ({ name: u.name ?? null, fields: u.fields })),
      fields: m.fields.map((f: any) => ({
        name: f.name,
        kind: f.kind,
        type: f.kind === 'unsupported' ? 'Unsupported' : f.type,
        dbName: f.dbName ?? f.name,
        isList: f.isList,
        isRequired: f.isRequired,
        isId: f.isId,
        isUnique: f.isUnique,
        isReadOnly: f.isReadOnly,
        isUpdatedAt: f.isUpdatedAt ?? false,
        default: instant(f.type, dmmfDefault(f.default)),
        nativeType: f.nativeType ? { name: f.nativeType[0], args: f.nativeType[1] } : null,
        relation: f.kind === 'object' && f.relationName ? { name: f.relationName, from: f.relationFromFields, to: f.relationToFields, onDelete: f.relationOnDelete ?? null, onUpdate: f.relationOnUpdate ?? null } : null,
        documentation: f.documentation ?? null,
      })),
    })),
    enums: datamodel.enums.map((e: any) => ({
      name: e.name,
      dbName: e.dbName ?? e.name,
      documentation: e.documentation ?? null,
      values: e.values.map((v: any) => ({ name: v.name, dbName: v.dbName ?? v.name, documentation: v.documentation ?? null })),
    })),
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function ourDefault(value: DefaultValue | null): unknown {
  if (!value) return null;
  switch (value.kind) {
    case 'list':
      return value.values.map(ourDefault);
    case 'function':
      return { fn: value.name, args: value.args.map(String) };
    default:
      return String(value.value);
  }
}

function projectModel(model: Model): unknown {
  const pk = model.primaryKey;
  return {
    name: model.name,
    dbName: model.dbName,
    schema: model.schema,
    documentation: model.documentation,
    primaryKey: pk && !pk.isFieldLevel ? { name: pk.name, fields: pk.fields.map((f) => f.name) } : null,
    // DMMF names a composite-type path by its last step (`addr.zip` -> `zip`).
    uniqueIndexes: model.uniques
      .filter((u) => !u.isFieldLevel)
      .map((u) => ({ name: u.name === u.fields.map((f) => f.name).join('_') ? null : u.name, fields: u.fields.map((f) => f.name.split('.').pop()) })),
    // DMMF leaves out `Unsupported("…")` and `@ignore`d fields.
    fields: model.fields.filter((f) => f.kind !== 'unsupported' && !f.isIgnored).map((f) =>
      f.kind === 'relation'
        ? {
            name: f.name,
            kind: 'object',
            type: f.type,
            dbName: f.name,
            isList: f.isList,
            isRequired: f.isRequired,
            isId: false,
            isUnique: false,
            isReadOnly: false,
            isUpdatedAt: false,
            default: null,
            nativeType: null,
            relation: { name: f.relationName, from: f.fields, to: f.references, onDelete: f.onDelete, onUpdate: f.onUpdate },
            documentation: f.documentation,
          }
        : {
            name: f.name,
            kind: f.kind === 'composite' ? 'object' : f.kind,
            type: f.kind === 'unsupported' ? 'Unsupported' : f.type,
            dbName: f.dbName,
            isList: f.isList,
            isRequired: f.isRequired,
            isId: f.isId && (pk?.isFieldLevel ?? false),
            // DMMF also marks a composite field unique when a single-field unique goes into it.
            isUnique: f.isUnique || model.uniques.some((u) => u.fields.length === 1 && u.fields[0]?.name.startsWith(`${f.name}.`)),
            isReadOnly: f.isForeignKey,
            isUpdatedAt: f.isUpdatedAt,
            default: instant(f.type, ourDefault(f.default)),
            nativeType: f.nativeType ? { name: f.nativeType.name, args: f.nativeType.args.map((a) => (a === 'max' ? 'max' : a)) } : null,
            relation: null,
            documentation: f.documentation,
          },
    ),
  };
}

function ourIndexes(schema: Schema): string[] {
  const out: string[] = [];
  const fields = (list: readonly IndexField[]) =>
    list.map((f) => ({ name: f.name, ...(f.sort ? { sortOrder: f.sort.toLowerCase() } : {}), ...(f.length !== null ? { length: f.length } : {}), ...(f.ops ? { operatorClass: f.ops } : {}) }));
  const push = (entry: Record<string, unknown>) => out.push(JSON.stringify(entry, Object.keys(entry).sort()));
  for (const m of schema.models.filter((x) => !x.isIgnored)) {
    const pk = m.primaryKey;
    // Only names written in the schema appear in DMMF (`map:` as dbName, `name:` as name).
    const mapped = (dbName: string, derived: string) => (dbName !== derived ? { dbName } : {});
    if (pk) push({ model: m.name, type: 'id', isDefinedOnField: pk.isFieldLevel, ...(pk.name ? { name: pk.name } : {}), ...mapped(pk.dbName, `${m.dbName}_pkey`), ...(pk.clustered !== null ? { clustered: pk.clustered } : {}), fields: fields(pk.fields) });
    for (const u of m.uniques) {
      const column = (n: string) => {
        const field = m.fields.find((x) => x.name === n);
        return field && field.kind !== 'relation' ? field.dbName : n;
      };
      const derivedDb = `${m.dbName}_${u.fields.map((f) => column(f.name)).join('_')}_key`;
      push({ model: m.name, type: 'unique', isDefinedOnField: u.isFieldLevel, ...(u.name !== u.fields.map((f) => f.name).join('_') ? { name: u.name } : {}), ...mapped(u.dbName, derivedDb), ...(u.clustered !== null ? { clustered: u.clustered } : {}), fields: fields(u.fields) });
    }
    for (const i of m.indexes) {
      const column = (n: string) => {
        const field = m.fields.find((x) => x.name === n);
        return field && field.kind !== 'relation' ? field.dbName : n;
      };
      const derivedDb = `${m.dbName}_${i.fields.map((f) => column(f.name)).join('_')}_idx`;
      push({ model: m.name, type: i.kind, isDefinedOnField: false, ...mapped(i.dbName, derivedDb), ...(i.algorithm ? { algorithm: i.algorithm } : {}), ...(i.clustered !== null ? { clustered: i.clustered } : {}), fields: fields(i.fields) });
    }
  }
  return out.sort();
}

function projectOurs(schema: Schema): unknown {
  return {
    indexes: ourIndexes(schema),
    // DMMF leaves out `@@ignore`d models.
    models: schema.models.filter((m) => !m.isIgnored).map(projectModel),
    enums: schema.enums.map((e) => ({ name: e.name, dbName: e.dbName, documentation: e.documentation, values: e.values })),
  };
}

for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.prisma')).sort()) {
  test(`valid/${name}: the validated model agrees with Prisma's DMMF`, () => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', text]] }))) as { datamodel: unknown };
    const { file } = parseSchema({ path: 'schema.prisma', text });
    const { schema, diagnostics } = validateSchema([file]);
    assert.ok(schema, diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(projectOurs(schema), projectDmmf(dmmf.datamodel));
  });
}
