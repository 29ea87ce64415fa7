// Type tests of the generated client: every usage case must type-check with no diagnostic (its
// `@ts-expect-error` lines must each be an error), and a deliberately wrong case must not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import path from 'node:path';
import { loadSchema } from '../generate/fixtures/load-schema.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { EDGES_USAGE } from './cases-edges.js';
import { loadCases, repoRoot, typeCheck, type Workspace } from './compile.js';

const blogSchema = () => loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma'));

const NEGATIVE = `
import { PrismaClient, type User } from './client/index.js';
import { type Equal, expectType } from './helpers.js';
const prisma = new PrismaClient();
export async function wrong() {
  const a = await prisma.user.findUnique({ where: { id: 1 } });
  expectType<Equal<typeof a, User>>();
  const b = await prisma.user.findMany({ select: { id: true } });
  expectType<Equal<typeof b, { id: number; email: string }[]>>();
  await prisma.user.create({ data: { email: 'a', nope: 1 } });
  // @ts-expect-error this line is fine, so the directive itself is reported
  await prisma.user.count();
}
`;

let workspace: Workspace;
const cases = loadCases();

before(async () => {
  workspace = await typeCheck(blogSchema(), new Map([...cases, ['negative.ts', NEGATIVE]]), 'src/client/types/index.ts', {}, true);
});

after(() => {
  if (workspace) fs.rmSync(workspace.dir, { recursive: true, force: true });
});

test('the generated index.d.ts type-checks under strict and exactOptionalPropertyTypes', () => {
  assert.deepEqual(workspace.diagnostics.get('client/index.d.ts') ?? [], []);
  assert.deepEqual(workspace.diagnostics.get('(global)') ?? [], []);
});

for (const name of cases.keys()) {
  if (name === 'helpers.ts') continue;
  test(`type case ${name} compiles with no diagnostic`, () => {
    assert.deepEqual(workspace.diagnostics.get(name) ?? [], []);
  });
}

test('a wrong assertion, an unknown field and an unused @ts-expect-error are each reported', () => {
  const found = workspace.diagnostics.get('negative.ts') ?? [];
  assert.equal(found.length, 4, found.join('\n'));
  assert.equal(found.filter((d) => d.includes('TS2344')).length, 2);
  assert.ok(found.some((d) => d.includes("'nope'")));
  assert.ok(found.some((d) => d.includes('TS2578')));
});

test('no diagnostic anywhere else (shared runtime types included)', () => {
  const others = [...workspace.diagnostics].filter(([file]) => !cases.has(file) && file !== 'negative.ts');
  assert.deepEqual(others, []);
});

test('the runtime entry (src/client/index.ts) exports every type the generated client names', async () => {
  const real = await typeCheck(blogSchema(), new Map([...cases].filter(([name]) => name === 'client.ts' || name === 'helpers.ts')), 'src/client/index.ts');
  try {
    // Only our files: the runtime's own sources are checked by the project's tsc.
    const ours = [...real.diagnostics].filter(([file]) => !file.startsWith('..') && !file.startsWith('/'));
    assert.deepEqual(ours, []);
  } finally {
    fs.rmSync(real.dir, { recursive: true, force: true });
  }
});

test('the edges fixture (self and named relations, compound keys, lists) type-checks as used', async () => {
  const schema = loadSchema(path.join(repoRoot, 'test/generate/fixtures/edges.prisma'));
  const helpers = cases.get('helpers.ts') ?? '';
  const edges = await typeCheck(schema, new Map([['helpers.ts', helpers], ['edges.ts', EDGES_USAGE]]));
  try {
    assert.deepEqual([...edges.diagnostics], []);
  } finally {
    fs.rmSync(edges.dir, { recursive: true, force: true });
  }
});

test('the usage cases also compile without exactOptionalPropertyTypes (the default most apps use)', async () => {
  const loose = await typeCheck(blogSchema(), cases, 'src/client/types/index.ts', { exactOptionalPropertyTypes: false });
  try {
    assert.deepEqual([...loose.diagnostics], []);
  } finally {
    fs.rmSync(loose.dir, { recursive: true, force: true });
  }
});

test('schemas without models or enums, and with ignored models and Unsupported fields, generate clean types', async () => {
  const empty = 'datasource db {\n  provider = "sqlite"\n}\n\ngenerator client {\n  provider = "prisma-client-js"\n}\n';
  const odd = `${empty.replace('"sqlite"', '"postgresql"')}
model Kept {
  id       Int                      @id
  location Unsupported("geometry")?
  note     String                   @ignore @default("x")
}

model Gone {
  id Int @id

  @@ignore
}
`;
  const usage = `
import { PrismaClient, type Kept } from './client/index.js';
import { type Equal, expectType } from './helpers.js';
const prisma = new PrismaClient();
export async function run() {
  const k = await prisma.kept.findFirstOrThrow();
  expectType<Equal<typeof k, Kept>>();
  expectType<Equal<keyof Kept, 'id'>>();
  // @ts-expect-error ignored models have no delegate
  prisma.gone;
}
`;
  for (const [text, sources] of [[empty, new Map<string, string>()], [odd, new Map([['helpers.ts', cases.get('helpers.ts') ?? ''], ['usage.ts', usage]])]] as const) {
    const { file } = parseSchema({ path: 'schema.prisma', text });
    const { schema, diagnostics } = validateSchema([file]);
    assert.ok(schema, diagnostics.map((d) => d.message).join('\n'));
    const result = await typeCheck(schema, sources);
    try {
      assert.deepEqual([...result.diagnostics], []);
    } finally {
      fs.rmSync(result.dir, { recursive: true, force: true });
    }
  }
});
