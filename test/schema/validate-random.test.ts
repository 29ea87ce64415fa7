// Random relation-heavy schemas (fast-check) against Prisma 7's engine: two or three models with random
// scalar, key and relation fields (named or not, one or both sides, lists, optional, compound keys).
// The verdict must agree, and every error Prisma reports must be reported at the same place, except one
// known difference: Prisma also names a foreign key (`A__fkey`) for a relation field that has no `fields`
// and no opposite field, and reports clashes of those names; we report the missing opposite field only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const MODELS = ['A', 'B', 'C'];

const scalarField = fc.record({
  name: fc.constantFrom('x', 'y', 'z', 'code'),
  type: fc.constantFrom('Int', 'String', 'Int?', 'String?', 'BigInt'),
  attr: fc.constantFrom('', '', '@unique', '@id', '@default(1)'),
});

const relationField = fc.record({
  name: fc.constantFrom('r1', 'r2', 'r3', 'parent', 'kids'),
  target: fc.constantFrom(...MODELS),
  arity: fc.constantFrom('', '?', '[]'),
  relName: fc.constantFrom(null, null, '"n1"', '"n2"'),
  fields: fc.constantFrom(null, null, ['x'], ['y'], ['x', 'y'], ['code'], ['id']),
  references: fc.constantFrom(null, ['id'], ['x'], ['code'], ['x', 'y']),
  onDelete: fc.constantFrom(null, null, 'Cascade', 'SetNull', 'NoAction'),
});

const model = fc.record({
  id: fc.constantFrom('id Int @id', 'id String @id', 'id Int', 'id Int @unique'),
  scalars: fc.array(scalarField, { maxLength: 3 }),
  relations: fc.array(relationField, { maxLength: 3 }),
  blockUnique: fc.constantFrom(null, null, ['x', 'y'], ['code']),
});

type ModelSpec = typeof model extends fc.Arbitrary<infer T> ? T : never;

function render(provider: string, models: ModelSpec[], mode = ''): string {
  let text = `datasource db {\n  provider = "${provider}"\n${mode ? `  relationMode = "${mode}"\n` : ''}}\n`;
  models.forEach((m, i) => {
    const lines: string[] = [m.id];
    const seen = new Set(['id']);
    for (const s of m.scalars) {
      if (seen.has(s.name)) continue;
      seen.add(s.name);
      lines.push(`${s.name} ${s.type} ${s.attr}`.trim());
    }
    for (const r of m.relations) {
      if (seen.has(r.name)) continue;
      seen.add(r.name);
      const args = [r.relName, r.fields ? `fields: [${r.fields.join(', ')}]` : null, r.fields && r.references ? `references: [${r.references.join(', ')}]` : null, r.fields && r.onDelete ? `onDelete: ${r.onDelete}` : null].filter(Boolean);
      lines.push(`${r.name} ${r.target}${r.arity}${args.length ? ` @relation(${args.join(', ')})` : ''}`);
    }
    if (m.blockUnique) lines.push('', `@@unique([${m.blockUnique.join(', ')}])`);
    text += `\nmodel ${MODELS[i]} {\n${lines.map((l) => (l ? `  ${l}` : '')).join('\n')}\n}\n`;
  });
  return text;
}

function compare(text: string) {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; is_warning: boolean; text: string }[];
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const ours = [...parsed.diagnostics, ...result.diagnostics];
  const prismaErrors = raw.filter((d) => !d.is_warning && !/constraint name `\w+__fkey`/.test(d.text)).map((d) => d.start);
  const ourErrors = ours.filter((d) => d.severity === 'error').map((d) => d.span.start);
  // Warnings must match too when Prisma finds no error (with errors, Prisma may stop before its warnings).
  const warnings = (starts: number[]) => JSON.stringify([...new Set(starts)].sort((a, b) => a - b));
  const sameWarnings = warnings(raw.filter((d) => d.is_warning).map((d) => d.start)) === warnings(ours.filter((d) => d.severity === 'warning').map((d) => d.span.start));
  const same = prismaErrors.length > 0 === ourErrors.length > 0 && prismaErrors.every((p) => ourErrors.includes(p)) && (prismaErrors.length > 0 || sameWarnings);
  return { same, detail: `${text}\n${raw.map((d) => `prisma ${d.start}: ${d.text}`).join('\n')}\n${ours.map((d) => `ours ${d.span.start}: ${d.message}`).join('\n')}` };
}

for (const provider of ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb']) {
  for (const mode of ['', 'prisma']) {
    test(`random relation schemas on ${provider}${mode ? ' (relationMode = prisma)' : ''} agree with Prisma`, () => {
      const run = fc.check(
        fc.property(fc.array(model, { minLength: 2, maxLength: 3 }), (models) => compare(render(provider, models, mode)).same),
        { numRuns: 200, seed: 20261123 },
      );
      const counterexample = run.counterexample?.[0];
      if (counterexample) assert.fail(compare(render(provider, counterexample, mode)).detail);
      assert.equal(run.failed, false);
    });
  }
}
