// Field and block attributes against Prisma 7's engine: every provider x field type (scalars, enum,
// Unsupported) x arity x attribute (@id, @unique, @updatedAt, @ignore, @map, @@id, @@unique, @@index):
// same verdict, and every error Prisma reports reported at the same place (we may report more where
// Prisma stops early, see validate-defaults.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { SCALAR_TYPES } from '../../src/schema/model.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const TYPES = [...SCALAR_TYPES, 'E', 'Unsupported("x")'];
const FIELD_ATTRIBUTES = ['@id', '@unique', '@updatedAt', '@ignore', '@map("col")', '@unique(map: "u")', '@id(map: "pk")', '@unique(sort: Desc)', '@unique(length: 10)'];
const BLOCK_ATTRIBUTES = ['@@id([x])', '@@unique([x])', '@@index([x])', '@@index([x], type: Hash)', '@@index([x(sort: Desc)])', '@@index([x(ops: raw("x"))])', '@@unique([x], name: "n")', '@@fulltext([x])'];
const PROVIDERS = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];

function compare(text: string) {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; is_warning: boolean; text: string }[];
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const ours = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity === 'error').map((d) => d.span.start);
  const prisma = raw.filter((d) => !d.is_warning).map((d) => d.start);
  const same = prisma.length > 0 === ours.length > 0 && prisma.every((p) => ours.includes(p));
  return { same, messages: [...raw.map((d) => `prisma: ${d.text}`), ...[...parsed.diagnostics, ...result.diagnostics].map((d) => `ours: ${d.message}`)] };
}

for (const provider of PROVIDERS) {
  test(`field and block attributes on ${provider} agree with Prisma`, () => {
    const enumBlock = provider === 'sqlserver' ? '' : '\nenum E {\n  X\n}\n';
    const mismatches: string[] = [];
    for (const type of TYPES) {
      if (type === 'E' && !enumBlock) continue;
      for (const arity of ['', '?', '[]']) {
        const attributes = [...FIELD_ATTRIBUTES.map((a) => ({ field: a, block: '' })), ...BLOCK_ATTRIBUTES.map((b) => ({ field: '', block: b }))];
        for (const { field, block } of attributes) {
          // A second unique field keeps the model valid when `x` is not (or cannot be) its key.
          const key = provider === 'mongodb' ? 'k String @unique @map("_id")' : 'k Int @unique';
          const text = `datasource db {\n  provider = "${provider}"\n}\n\nmodel A {\n  ${key}\n  x ${type}${arity} ${field}\n${block ? `\n  ${block}\n` : ''}}\n${enumBlock}`;
          const found = compare(text);
          if (!found.same) mismatches.push(`${type}${arity} ${field}${block}: ${found.messages.join(' | ')}`);
        }
      }
    }
    assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} mismatches`);
  });
}
