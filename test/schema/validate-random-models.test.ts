// Random single-model schemas (fast-check) against Prisma 7's engine: random field types, arity and
// attributes (@id, @unique, @default, @map, @updatedAt, @ignore, @db.*) with random block attributes
// (@@id, @@unique, @@index with sort/length/type, @@map, @@ignore) on every provider, plus an enum.
// The verdict must agree, and every error Prisma reports must be reported at the same place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const NAMES = ['a', 'b', 'c', 'd'];
const field = fc.record({
  type: fc.constantFrom('Int', 'String', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'E'),
  arity: fc.constantFrom('', '', '?', '[]'),
  attrs: fc.subarray(['@id', '@unique', '@default(1)', '@default("x")', '@default(now())', '@default(autoincrement())', '@default(X)', '@map("m")', '@updatedAt', '@ignore', '@db.VarChar(10)', '@db.Text', '@unique(sort: Desc)'], { maxLength: 3 }),
});
const blockAttr = fc.oneof(
  fc.record({ kind: fc.constantFrom('@@id', '@@unique', '@@index'), fields: fc.subarray(NAMES, { minLength: 1, maxLength: 3 }), extra: fc.constantFrom('', ', map: "k"', ', name: "n"', ', type: Hash', ', clustered: true') }),
  fc.constantFrom({ kind: '@@map("t")', fields: [] as string[], extra: '' }, { kind: '@@ignore', fields: [] as string[], extra: '' }),
);
const schema = fc.record({
  provider: fc.constantFrom('postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'),
  fields: fc.array(field, { minLength: 1, maxLength: 4 }),
  blocks: fc.array(blockAttr, { maxLength: 2 }),
});

type Spec = typeof schema extends fc.Arbitrary<infer T> ? T : never;

function render(spec: Spec): string {
  const lines = spec.fields.map((f, i) => `  ${NAMES[i]} ${f.type}${f.arity} ${f.attrs.join(' ')}`.trimEnd());
  const blocks = spec.blocks.map((b) => (b.fields.length ? `  ${b.kind}([${b.fields.join(', ')}]${b.extra})` : `  ${b.kind}`));
  const enumBlock = spec.provider === 'sqlserver' ? '' : '\nenum E {\n  X\n}\n';
  return `datasource db {\n  provider = "${spec.provider}"\n}\n\nmodel M {\n${lines.join('\n')}\n${blocks.length ? `\n${blocks.join('\n')}\n` : ''}}\n${enumBlock}`;
}

function compare(text: string) {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; is_warning: boolean; text: string }[];
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const ours = [...parsed.diagnostics, ...result.diagnostics];
  const prismaErrors = raw.filter((d) => !d.is_warning).map((d) => d.start);
  const ourErrors = ours.filter((d) => d.severity === 'error').map((d) => d.span.start);
  // Warnings must match too when Prisma finds no error (with errors, Prisma may stop before its warnings).
  const warnings = (starts: number[]) => JSON.stringify([...new Set(starts)].sort((a, b) => a - b));
  const sameWarnings = warnings(raw.filter((d) => d.is_warning).map((d) => d.start)) === warnings(ours.filter((d) => d.severity === 'warning').map((d) => d.span.start));
  const same = prismaErrors.length > 0 === ourErrors.length > 0 && prismaErrors.every((p) => ourErrors.includes(p)) && (prismaErrors.length > 0 || sameWarnings);
  return { same, detail: `${text}\n${raw.map((d) => `prisma ${d.start}: ${d.text}`).join('\n')}\n${ours.map((d) => `ours ${d.span.start}: ${d.message}`).join('\n')}` };
}

test('random models agree with Prisma', () => {
  const run = fc.check(fc.property(schema, (spec) => compare(render(spec)).same), { numRuns: 1500, seed: 7 });
  const counterexample = run.counterexample?.[0];
  if (counterexample) assert.fail(compare(render(counterexample)).detail);
  assert.equal(run.failed, false);
});
