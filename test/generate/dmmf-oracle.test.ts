// Prisma 7's schema engine (WASM) as an oracle: for every input type we generate that Prisma's DMMF
// also has (same name), the field names, which are required and which accept null must match.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildDeclarations } from '../../src/generate/emit-dts.js';
import type { DeclarationNode, PropertyNode, TypeNode } from '../../src/generate/ts/nodes.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(input: string): string };
const here = path.dirname(fileURLToPath(import.meta.url));

interface DmmfInputType {
  name: string;
  fields: { name: string; isRequired: boolean; isNullable: boolean; inputTypes: { type: string }[] }[];
}

interface DmmfOutputType {
  name: string;
  fields: { name: string; isNullable: boolean }[];
}

function dmmfTypes(text: string): { inputs: Map<string, DmmfInputType>; outputs: Map<string, DmmfOutputType> } {
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', text]] }))) as {
    schema: { inputObjectTypes: { prisma: DmmfInputType[] }; outputObjectTypes: { prisma: DmmfOutputType[] } };
  };
  return {
    inputs: new Map(dmmf.schema.inputObjectTypes.prisma.map((t) => [t.name, t])),
    outputs: new Map(dmmf.schema.outputObjectTypes.prisma.map((t) => [t.name, t])),
  };
}

/** Our interfaces inside `namespace Prisma`, by name, with their real fields (not the `?: never` ones). */
function ourInputs(text: string): Map<string, PropertyNode[]> {
  const { file } = parseSchema({ path: 'schema.prisma', text });
  const { schema } = validateSchema([file]);
  assert.ok(schema);
  const prisma = buildDeclarations(schema).find((d): d is Extract<DeclarationNode, { kind: 'namespace' }> => d.kind === 'namespace' && d.name === 'Prisma');
  assert.ok(prisma);
  const declared = new Map(prisma.body.flatMap((d) => (d.kind === 'interface' ? [[d.name, d] as const] : [])));
  // An interface's fields include those of the interfaces it extends (the shared bases of a model).
  const fieldsOf = (name: string): PropertyNode[] => {
    const d = declared.get(name);
    if (!d) return [];
    const inherited = d.extends.flatMap((base) => (base.kind === 'ref' ? fieldsOf(base.name) : []));
    return [...inherited.filter((p) => !d.properties.some((q) => q.name === p.name)), ...d.properties];
  };
  const interfaces = new Map<string, PropertyNode[]>();
  for (const name of declared.keys()) interfaces.set(name, fieldsOf(name).filter((p) => !(p.type.kind === 'ref' && p.type.name === 'never')));
  // Where-unique inputs are `AtLeast<XWhereUniqueFields, keys>` (the fields extend the where input).
  for (const [name, props] of [...interfaces]) {
    const model = /^(.*)WhereUniqueFields$/.exec(name)?.[1];
    if (model) interfaces.set(`${model}WhereUniqueInput`, props);
  }
  return interfaces;
}

/** `name`, `name?` (optional), `name|null` (accepts null). */
function shape(fields: readonly { name: string; required: boolean; nullable: boolean }[]): string[] {
  return fields.map((f) => `${f.name}${f.required ? '' : '?'}${f.nullable ? '|null' : ''}`).sort();
}

function acceptsNull(type: TypeNode): boolean {
  return type.kind === 'ref' ? type.name === 'null' : type.kind === 'union' && type.members.some(acceptsNull);
}

for (const fixture of ['blog.prisma', 'edges.prisma']) {
  test(`input types of ${fixture} have Prisma's fields`, (t) => {
    const text = fs.readFileSync(path.join(here, 'fixtures', fixture), 'utf8');
    const { inputs: theirs } = dmmfTypes(text);
    const ours = ourInputs(text);
    const compared: string[] = [];
    const mismatches: string[] = [];
    for (const [name, props] of ours) {
      const expected = theirs.get(name);
      if (!expected) continue;
      compared.push(name);
      const a = shape(props.map((p) => ({ name: p.name, required: !p.optional, nullable: acceptsNull(p.type) })));
      const b = shape(expected.fields.map((f) => ({ name: f.name, required: f.isRequired, nullable: f.isNullable || f.inputTypes.some((i) => i.type === 'Null') })));
      if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${name}\n  ours:   ${a.join(' ')}\n  prisma: ${b.join(' ')}`);
    }
    t.diagnostic(`${compared.length} input types compared`);
    assert.ok(compared.length > 50, `only ${compared.length} input types compared`);
    assert.deepEqual(mismatches, []);
  });

  test(`aggregate output types of ${fixture} have Prisma's fields`, () => {
    const text = fs.readFileSync(path.join(here, 'fixtures', fixture), 'utf8');
    const { outputs } = dmmfTypes(text);
    const aggregates = [...ourInputs(text)].filter(([name]) => /(Avg|Sum|Min|Max)AggregateOutputType$/.test(name));
    assert.ok(aggregates.length >= 8);
    for (const [name, props] of aggregates) {
      const expected = outputs.get(name);
      const a = shape(props.map((p) => ({ name: p.name, required: true, nullable: acceptsNull(p.type) })));
      const b = shape((expected?.fields ?? []).map((f) => ({ name: f.name, required: true, nullable: f.isNullable })));
      assert.deepEqual(a, b, name);
    }
  });
}
