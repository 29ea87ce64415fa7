// The generated types under TypeScript 7 (the native compiler, `tsgo` from @typescript/native-preview):
// the same usage cases as types.test.ts, in strict mode with exactOptionalPropertyTypes, must check with
// no diagnostic; every `@ts-expect-error` in them must still be an error, and a wrong file must fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadSchema } from '../generate/fixtures/load-schema.js';
import { loadCases, prepareWorkspace, repoRoot } from './compile.js';

const tsgo = path.join(repoRoot, 'node_modules/.bin/tsgo');

function checkWithTsgo(dir: string, files: readonly string[]): { status: number | null; output: string } {
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
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
