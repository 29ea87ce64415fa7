// Multi-file schemas against Prisma 7's engine: declarations spread over several files are merged, and
// each diagnostic points into its own file at the span Prisma reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

type Files = [string, string][];

function compare(files: Files) {
  const raw = JSON.parse(wasm.lint(JSON.stringify(files))) as { file_name: string; start: number; end: number; is_warning: boolean; text: string }[];
  const parsed = files.map(([path, text]) => parseSchema({ path, text }));
  const result = validateSchema(parsed.map((p) => p.file));
  const ours = [...parsed.flatMap((p) => p.diagnostics), ...result.diagnostics];
  const key = (file: string, start: number, end: number, warning: boolean) => `${warning ? 'W' : 'E'} ${file}:${start}-${end}`;
  return {
    prisma: [...new Set(raw.map((d) => key(d.file_name, d.start, d.end, d.is_warning)))].sort(),
    ours: [...new Set(ours.map((d) => key(d.span.file, d.span.start, d.span.end, d.severity === 'warning')))].sort(),
    valid: result.schema !== null,
  };
}

const datasource = 'datasource db {\n  provider = "postgresql"\n}\n';

test('a valid schema split over three files', () => {
  const files: Files = [
    ['schema.prisma', `${datasource}\ngenerator client {\n  provider = "prisma-client-js"\n}\n`],
    ['user.prisma', 'model User {\n  id    Int    @id\n  role  Role\n  posts Post[]\n}\n\nenum Role {\n  USER\n  ADMIN\n}\n'],
    ['post.prisma', 'model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'],
  ];
  const found = compare(files);
  assert.deepEqual(found.ours, found.prisma);
  assert.deepEqual(found.prisma, []);
  assert.equal(found.valid, true);
});

test('errors in several files point into their own files', () => {
  const files: Files = [
    ['schema.prisma', `${datasource}\nmodel A {\n  id Int @id\n  b  Strin\n}\n`],
    ['b.prisma', 'model B {\n  id Int @id\n  x  Int @default("no")\n  a  A\n}\n'],
    ['c.prisma', 'model A {\n  id Int @id\n}\n\nenum E {\n  X\n  X\n}\n'],
  ];
  const found = compare(files);
  assert.equal(found.valid, false);
  assert.ok(found.prisma.length >= 3);
  for (const diagnostic of found.prisma) assert.ok(found.ours.includes(diagnostic), `missing ${diagnostic}; ours: ${found.ours.join(', ')}`);
});

test('a relation across files with a missing opposite field', () => {
  const files: Files = [
    ['schema.prisma', datasource],
    ['a.prisma', 'model A {\n  id Int @id\n}\n'],
    ['b.prisma', 'model B {\n  id  Int @id\n  aId Int\n  a   A   @relation(fields: [aId], references: [id])\n}\n'],
  ];
  const found = compare(files);
  assert.deepEqual(found.ours, found.prisma);
  assert.equal(found.prisma.length, 1);
});
