// `@default(…)` against Prisma 7's engine: every provider x field type (scalars, an enum; required,
// optional, list) x a set of default values and functions: same verdict, and every error Prisma reports
// is reported at the same place. (Prisma stops before its connector checks when an attribute is wrong;
// we report both, so a schema with two problems may have more errors here, never fewer.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { SCALAR_TYPES } from '../../src/schema/model.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const VALUES = [
  '"a"', '1', '-1', '1.5', 'true', 'X', 'NOPE', '[]', '[1]', '["a"]', '[X]', 'now()', 'autoincrement()', 'sequence()', 'cuid()',
  'cuid(2)', 'uuid()', 'uuid(7)', 'ulid()', 'nanoid()', 'nanoid(5)', 'dbgenerated("x")', 'dbgenerated()', 'auto()', 'foo()',
  '"2020-01-01T00:00:00Z"', '"{}"', '"aGk="', '"1.5"', '"12"',
];
const TYPES = [...SCALAR_TYPES, 'E'];
const PROVIDERS = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];

function starts(text: string) {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; is_warning: boolean; text: string }[];
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const ours = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity === 'error');
  const set = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  return {
    prisma: set(raw.filter((d) => !d.is_warning).map((d) => d.start)),
    ours: set(ours.map((d) => d.span.start)),
    messages: [...raw.map((d) => `prisma: ${d.text}`), ...ours.map((d) => `ours: ${d.message}`)],
  };
}

for (const provider of PROVIDERS) {
  test(`defaults on ${provider} agree with Prisma`, () => {
    const id = provider === 'mongodb' ? 'id String @id @map("_id")' : 'id Int @id';
    const enumBlock = provider === 'sqlserver' ? '' : '\nenum E {\n  X\n}\n';
    const mismatches: string[] = [];
    for (const type of TYPES) {
      if (type === 'E' && !enumBlock) continue;
      for (const arity of ['', '?', '[]']) {
        for (const value of VALUES) {
          const text = `datasource db {\n  provider = "${provider}"\n}\n\nmodel A {\n  ${id}\n  x ${type}${arity} @default(${value})\n}\n${enumBlock}`;
          const found = starts(text);
          const same = found.prisma.length > 0 === found.ours.length > 0 && found.prisma.every((p) => found.ours.includes(p));
          if (!same) mismatches.push(`${type}${arity} @default(${value}): ${found.messages.join(' | ')}`);
        }
      }
    }
    assert.deepEqual(mismatches.slice(0, 12), [], `${mismatches.length} mismatches`);
  });
}
