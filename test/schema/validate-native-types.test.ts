// Native types (`@db.*`) of every provider against Prisma 7's engine: every type name any provider has,
// on every scalar type, with 0, 1 and 2 arguments and `max`: same verdict, errors at the same places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { NATIVE_TYPES } from '../../src/schema/validate/native-types/index.js';
import { SCALAR_TYPES } from '../../src/schema/model.js';
import type { Provider } from '../../src/schema/model.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const NAMES = [...new Set(Object.values(NATIVE_TYPES).flatMap((table) => Object.keys(table)))].sort();
const ARGS = ['', '(10)', '(10, 2)', '(max)'];
const PROVIDERS: Provider[] = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];

function errorStarts(text: string): { prisma: number[]; ours: number[]; messages: string[] } {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; is_warning: boolean; text: string }[];
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const ours = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity === 'error');
  return {
    prisma: [...new Set(raw.filter((d) => !d.is_warning).map((d) => d.start))].sort((a, b) => a - b),
    ours: [...new Set(ours.map((d) => d.span.start))].sort((a, b) => a - b),
    messages: [...raw.map((d) => `prisma: ${d.text}`), ...ours.map((d) => `ours: ${d.message}`)],
  };
}

for (const provider of PROVIDERS) {
  test(`native types on ${provider} agree with Prisma`, () => {
    const id = provider === 'mongodb' ? 'id String @id @map("_id")' : 'id Int @id';
    const mismatches: string[] = [];
    for (const name of NAMES) {
      for (const type of SCALAR_TYPES) {
        for (const args of ARGS) {
          const text = `datasource db {\n  provider = "${provider}"\n}\n\nmodel A {\n  ${id}\n  x ${type} @db.${name}${args}\n}\n`;
          const found = errorStarts(text);
          if (JSON.stringify(found.prisma) !== JSON.stringify(found.ours)) mismatches.push(`${type} @db.${name}${args}: ${found.messages.join(' | ')}`);
        }
      }
    }
    assert.deepEqual(mismatches.slice(0, 15), [], `${mismatches.length} mismatches`);
  });
}
