import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { parseSchema } from '../../src/schema/parser/index.js';
import type { Block } from '../../src/schema/syntax.js';

// The `documentation` the parser derives must be what Prisma's DMMF says, wherever `///` and `//` lines,
// blank lines, trailing comments and `@@` lines sit.
const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { get_dmmf(input: string): string };

interface DmmfDocs {
  readonly models: Record<string, { doc: string | null; fields: Record<string, string | null> }>;
}

function prismaDocs(text: string): DmmfDocs {
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', text]] }))) as {
    datamodel: {
      models: { name: string; documentation?: string; fields: { name: string; documentation?: string }[] }[];
      enums: { name: string; documentation?: string; values: { name: string; documentation?: string }[] }[];
    };
  };
  const models: DmmfDocs['models'] = {};
  for (const m of dmmf.datamodel.models) models[m.name] = { doc: m.documentation ?? null, fields: Object.fromEntries(m.fields.map((f) => [f.name, f.documentation ?? null])) };
  for (const e of dmmf.datamodel.enums) models[e.name] = { doc: e.documentation ?? null, fields: Object.fromEntries(e.values.map((v) => [v.name, v.documentation ?? null])) };
  return { models };
}

function ourDocs(text: string): DmmfDocs {
  const models: DmmfDocs['models'] = {};
  for (const item of parseSchema({ path: 'schema.prisma', text }).file.items) {
    if (item.kind !== 'Block' || (item.keyword !== 'model' && item.keyword !== 'enum')) continue;
    const block: Block = item;
    const fields: Record<string, string | null> = {};
    for (const m of block.members) if (m.kind === 'Field' || m.kind === 'EnumValue') fields[m.name.text] = m.documentation;
    models[block.name.text] = { doc: block.documentation, fields };
  }
  return { models };
}

const comment = fc.constantFrom('/// doc a', '///doc b', '///   spaced  ', '// plain', '///', '//// four');
const filler = fc.array(fc.oneof(comment, fc.constant('')), { maxLength: 4 });
const trailing = fc.constantFrom('', '', ' // t', ' /// td', ' ///');

function block(keyword: 'model' | 'enum', name: string, members: string[]) {
  return fc.tuple(fc.array(fc.tuple(filler, trailing), { minLength: members.length, maxLength: members.length }), filler, filler).map(([parts, end, above]) => {
    const lines = members.flatMap((m, i) => {
      const [before, t] = parts[i] ?? [[], ''];
      return [...before, m.startsWith('@@') ? m : `${m}${t}`];
    });
    return `${above.join('\n')}\n${keyword} ${name} {\n${[...lines, ...end].map((l) => (l ? `  ${l}` : '')).join('\n')}\n}\n`;
  });
}

test("documentation is Prisma's (DMMF) for models, fields, enums and values", () => {
  // One `@@map` line somewhere among the fields: a `///` above it is documentation for the next field.
  const withMap = (members: string[]) => fc.nat(members.length).map((at) => [...members.slice(0, at), '@@map("m")', ...members.slice(at)]);
  const schema = fc
    .tuple(withMap(['id Int @id', 'name String', 'role Role']).chain((m) => block('model', 'User', m)), withMap(['ADMIN', 'USER', 'GUEST']).chain((m) => block('enum', 'Role', m)))
    .map(([m, e]) => `datasource db {\n  provider = "postgresql"\n}\n${m}\n${e}`);
  fc.assert(
    fc.property(schema, (text) => {
      assert.deepEqual(ourDocs(text).models, prismaDocs(text).models);
    }),
    { numRuns: 400 },
  );
});
