// The generated types under TypeScript 7 (the native compiler, `tsgo` from @typescript/native-preview):
// the same usage cases as types.test.ts, in strict mode with exactOptionalPropertyTypes, must check with
// no diagnostic; every `@ts-expect-error` in them must still be an error, and a wrong file must fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadSchema } from '../generate/fixtures/load-schema.js';
import { EDGES_USAGE } from './cases-edges.js';
import { loadCases, prepareWorkspace, repoRoot, typeCheck } from './compile.js';

const tsgo = path.join(repoRoot, 'node_modules/.bin/tsgo');

function checkWithTsgo(dir: string, files: readonly string[], exactOptionalPropertyTypes = true): { status: number | null; output: string } {
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: [],
      strict: true,
      exactOptionalPropertyTypes,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: false,
      paths: { 'refract/runtime': [path.join(repoRoot, 'src/client/types/index.ts')] },
    },
    files: [...files.map((f) => path.relative(dir, f)), 'client/index.d.ts'],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const run = spawnSync(tsgo, ['-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('TypeScript 7 (tsgo) checks the generated client and every usage case with no diagnostic', async () => {
  const { dir, files } = await prepareWorkspace(loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma')), loadCases());
  try {
    const { status, output } = checkWithTsgo(dir, files);
    assert.equal(output.trim(), '');
    assert.equal(status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('TypeScript 7 also checks every usage case without exactOptionalPropertyTypes (the default most apps use)', async () => {
  const { dir, files } = await prepareWorkspace(loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma')), loadCases());
  try {
    const { status, output } = checkWithTsgo(dir, files, false);
    assert.equal(output.trim(), '');
    assert.equal(status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('TypeScript 7 reports a wrong result type and an unknown field (the check can fail)', async () => {
  const wrong = `import { PrismaClient, type User } from './client/index.js';
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const prisma = new PrismaClient();
export async function wrong() {
  const a = await prisma.user.findUnique({ where: { id: 1 } });
  const sameType: Equal<typeof a, User> = true;
  await prisma.user.create({ data: { email: 'a', nope: 1 } });
  return sameType;
}
`;
  const { dir, files } = await prepareWorkspace(loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma')), new Map([['wrong.ts', wrong]]));
  try {
    const { status, output } = checkWithTsgo(dir, files);
    assert.notEqual(status, 0);
    assert.match(output, /wrong\.ts\(6,9\): error TS2322/);
    assert.match(output, /wrong\.ts\(7,\d+\): error TS2353/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('TypeScript 7 runs the edges fixture usage (self and named relations, compound keys, lists) with no diagnostic', async () => {
  const helpers = loadCases().get('helpers.ts') ?? '';
  const { dir, files } = await prepareWorkspace(loadSchema(path.join(repoRoot, 'test/generate/fixtures/edges.prisma')), new Map([['helpers.ts', helpers], ['edges.ts', EDGES_USAGE]]));
  try {
    const { status, output } = checkWithTsgo(dir, files);
    assert.equal(output.trim(), '');
    assert.equal(status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// One unknown key per line, at every depth and in every kind of args (TypeScript 6+ no longer reports
// a nested one through the inferred `T`, microsoft/TypeScript#64006; SelectSubset's walk does): both
// compilers must report the same diagnostic code at the same place on every line.
const UNKNOWN_KEYS = `import { PrismaClient } from './client/index.js';
const prisma = new PrismaClient();
export async function wrong() {
  await prisma.user.findMany({ select: { id: true, password: true } });
  await prisma.user.findMany({ include: { posts: { select: { id: true, bogus: true } } } });
  await prisma.user.findMany({ where: { email: { contains: 'a', bogus: 1 } } });
  await prisma.user.findMany({ where: { AND: [{ id: 1 }, { id: 2, nope: 1 }] } });
  await prisma.user.findMany({ orderBy: [{ id: 'asc' }, { nope: 'desc' }] });
  await prisma.user.create({ data: { email: 'a', nope: 1 } });
  await prisma.user.create({ data: { email: 'a', posts: { create: [{ slug: 's', title: 't', nope: 1 }] } } });
  await prisma.user.update({ where: { id: 1 }, data: { karma: { increment: 1, nope: 1 } } });
  await prisma.user.upsert({ where: { id: 1 }, create: { email: 'a' }, update: { nope: 1 } });
  await prisma.user.count({ where: { id: 1, nope: 1 } });
  await prisma.user.aggregate({ _count: { id: true, nope: true } });
  await prisma.user.groupBy({ by: ['id'], _sum: { karma: true, nope: true } });
  await prisma.user.deleteMany({ where: { id: 1, nope: 1 } });
  await prisma.user.findUnique({ where: { id: 1 } }).posts({ select: { id: true, nope: true } });
  await prisma.user.create({ data: { email: 'a', posts: { create: [{ slug: 's', title: 't', tags: { connectOrCreate: [{ where: { id: 1 }, create: { name: 'n', nope: 1 } }] } }] } } });
  await prisma.user.findMany({ where: { posts: { some: { tags: { some: { posts: { some: { author: { is: { posts: { every: { title: { startsWith: 'a', nope: 1 } } } } } } } } } } } } });
  await prisma.user.findMany({ include: { posts: { include: { tags: { include: { posts: { include: { author: { select: { id: true, nope: true } } } } } } } } } });
  await prisma.user.findMany({ wher: {} });
  await prisma.user.findMany({ select: { id: true }, include: { posts: true } });
}
`;

test('TypeScript 7 and 5.9 report the same diagnostics (code and position) for unknown keys at every depth', async () => {
  const schema = loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma'));
  const tsc = await typeCheck(schema, new Map([['unknown-keys.ts', UNKNOWN_KEYS]]));
  const { dir, files } = await prepareWorkspace(schema, new Map([['unknown-keys.ts', UNKNOWN_KEYS]]));
  try {
    const fromTsc = (tsc.diagnostics.get('unknown-keys.ts') ?? []).map((d) => /^(\S+\(\d+,\d+\)): (TS\d+)/.exec(d)?.slice(1).join(' '));
    const { output } = checkWithTsgo(dir, files);
    // One diagnostic per line that starts with its file; a long message continues on indented lines.
    const fromTsgo = [...output.matchAll(/^(\S+\(\d+,\d+\)): error (TS\d+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    const lines = UNKNOWN_KEYS.split('\n').filter((l) => l.includes('await prisma')).length;
    assert.equal(fromTsc.length, lines, fromTsc.join('\n'));
    assert.deepEqual(fromTsgo, fromTsc);
    assert.equal(new Set(fromTsc.map((d) => d?.replace(/,.*/, ''))).size, lines);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(tsc.dir, { recursive: true, force: true });
  }
});

/**
 * Differences between the two compilers that remain on the usage cases, each named: the text of the
 * line it is on, and the diagnostic (position and code) each compiler gives.
 */
const KNOWN_DIFFERENCES = [
  // No `$extends` overload matches: tsc 5.9 reports TS2769 at the called method, tsgo at the argument.
  { file: 'client.ts', line: "prisma.$extends({ result: { nope: { a: { compute: () => 1 } } } });", tsc: '(%,10) TS2769', tsgo: '(%,21) TS2769' },
];

test('every @ts-expect-error of the usage cases is the same diagnostic under TypeScript 7 and 5.9 (bar the named differences)', async () => {
  const schema = loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma'));
  // The directives become plain comments, so each expected error is reported instead of absorbed.
  const sources = new Map([...loadCases()].map(([name, text]) => [name, text.replace(/\/\/ @ts-expect-error.*/g, '// (expected error)')]));
  const expected = [...sources].flatMap(([name, text]) =>
    text.split('\n').flatMap((l, i) => (l.includes('// (expected error)') ? [`${name}(${i + 2})`] : [])),
  );
  const tsc = await typeCheck(schema, sources);
  const { dir, files } = await prepareWorkspace(schema, sources);
  try {
    const fromTsc = [...tsc.diagnostics.values()].flat().map((d) => /^(\S+\(\d+,\d+\)): (TS\d+)/.exec(d)?.slice(1).join(' ') ?? d);
    const fromTsgo = [...checkWithTsgo(dir, files).output.matchAll(/^(\S+\(\d+,\d+\)): error (TS\d+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    const lineOf = (d: string) => d.replace(/,\d+\).*/, ')');
    // One diagnostic on each line after a directive, and nowhere else, under each compiler.
    assert.deepEqual(fromTsc.map(lineOf).sort(), [...expected].sort());
    assert.deepEqual(fromTsgo.map(lineOf).sort(), [...expected].sort());
    const known = KNOWN_DIFFERENCES.map((k) => {
      const text = sources.get(k.file) ?? '';
      const line = text.split('\n').findIndex((l) => l.includes(k.line)) + 1;
      assert.ok(line > 0, `known difference not found: ${k.line}`);
      return { tsc: `${k.file}${k.tsc.replace('%', String(line))}`, tsgo: `${k.file}${k.tsgo.replace('%', String(line))}` };
    });
    const onlyTsc = fromTsc.filter((d) => !fromTsgo.includes(d)).sort();
    const onlyTsgo = fromTsgo.filter((d) => !fromTsc.includes(d)).sort();
    assert.deepEqual(onlyTsc, known.map((k) => k.tsc).sort());
    assert.deepEqual(onlyTsgo, known.map((k) => k.tsgo).sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(tsc.dir, { recursive: true, force: true });
  }
});
