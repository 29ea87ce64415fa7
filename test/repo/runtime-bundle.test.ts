// The shipped runtime (issue 6, cold start): `npm run build` bundles what an application loads into
// dist/bundle/ (scripts/bundle-runtime.mjs). These tests run a generated client the way an installed
// app does (node_modules/refract -> this checkout, `refract/*` through package.json "exports"), in a
// child process, and look at what that process loaded and which classes it handed out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { databaseEnabled, PG_URL_BASE } from '../client/databases.js';
import { runCli, tempProject, writeFiles } from '../helpers/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { default: string }> };

const SCHEMA = (provider: string, url: string) => `
datasource db {
  provider = "${provider}"
  url      = "${url}"
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  balance Decimal  @default(0)
}

model Token {
  id String @id @default(uuid())
}
`;

/** What the child program prints: its answer plus what the process loaded. */
interface Report {
  readonly result: unknown;
  readonly checks?: Record<string, unknown>;
  /** Files in the CommonJS module cache (the drivers are CommonJS packages, even when imported). */
  readonly packagesLoaded: string[];
  /** Node's built-in modules loaded (`process.moduleLoadList`). */
  readonly builtins: string[];
}

const REPORT = `
import { createRequire } from 'node:module';
function report(result, checks) {
  const files = Object.keys(createRequire(import.meta.url).cache);
  const packagesLoaded = [...new Set(files.map((f) => /.*node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1]).filter(Boolean))];
  console.log(JSON.stringify({ result, checks, packagesLoaded, builtins: process.moduleLoadList }));
}
`;

/** A project with node_modules/refract linked to this checkout, the schema's client generated into node_modules/.prisma/client. */
function project(provider: string, url: string): string {
  assert.ok(fs.existsSync(path.join(root, 'dist/bundle/runtime.js')), 'dist/bundle/runtime.js is missing: run `npm run build`');
  const dir = tempProject('refract-bundle-');
  writeFiles(dir, { 'prisma/schema.prisma': SCHEMA(provider, url) });
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.symlinkSync(root, path.join(dir, 'node_modules/refract'), 'dir');
  const generate = runCli(['generate'], { cwd: dir });
  assert.equal(generate.status, 0, generate.stderr);
  return dir;
}

function runProgram(dir: string, body: string): Report {
  writeFiles(dir, { 'main.mjs': REPORT + body });
  // --preserve-symlinks: resolve from node_modules/refract as installed (so `refract/client` finds this
  // project's node_modules/.prisma/client), not from the checkout the link points to.
  const run = spawnSync(process.execPath, ['--preserve-symlinks', 'main.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Report;
}

test('every run-time entry point in package.json "exports" is served from the bundle', () => {
  for (const entry of ['./runtime', './adapters/pg', './adapters/better-sqlite3', './adapters/mysql2']) {
    const target = packageJson.exports[entry];
    const file = typeof target === 'string' ? target : target?.default;
    assert.match(file ?? '', /^\.\/dist\/bundle\//, `${entry} should point into dist/bundle/`);
    assert.ok(fs.existsSync(path.join(root, file ?? '')), `${entry}: ${file} is missing: run \`npm run build\``);
  }
});

test('a SQLite client loads neither pg nor mysql2 (nor node:crypto) on its way to the first result', () => {
  const dir = project('sqlite', 'file:./dev.db');
  const push = runCli(['db', 'push', '--skip-generate'], { cwd: dir });
  assert.equal(push.status, 0, push.stderr);
  const { result, packagesLoaded, builtins } = runProgram(
    dir,
    `
import { PrismaClient } from 'refract/client';
const prisma = new PrismaClient();
await prisma.user.create({ data: { email: 'a@example.com' } });
const found = await prisma.user.findUnique({ where: { email: 'a@example.com' }, select: { email: true } });
await prisma.$disconnect();
report(found);
`,
  );
  assert.deepEqual(result, { email: 'a@example.com' });
  // The check can see a driver: better-sqlite3, the one this client uses, is there.
  assert.ok(packagesLoaded.includes('better-sqlite3'), `better-sqlite3 not seen among ${packagesLoaded.join(', ')}`);
  assert.ok(!packagesLoaded.includes('pg'), 'a SQLite client loaded pg');
  assert.ok(!packagesLoaded.includes('mysql2'), 'a SQLite client loaded mysql2');
  // node:crypto (OpenSSL's modules) is for id generators and loads on the first id, not at import.
  assert.ok(!builtins.includes('NativeModule crypto'), 'the runtime loaded node:crypto at import');
});

test('node:crypto loads with the first generated id, and the id is generated', () => {
  const dir = project('sqlite', 'file:./dev.db');
  const push = runCli(['db', 'push', '--skip-generate'], { cwd: dir });
  assert.equal(push.status, 0, push.stderr);
  const { result, builtins } = runProgram(
    dir,
    `
import { PrismaClient } from 'refract/client';
const prisma = new PrismaClient();
await prisma.user.count();
const before = process.moduleLoadList.includes('NativeModule crypto');
const token = await prisma.token.create({ data: {} });
await prisma.$disconnect();
report({ before, id: token.id });
`,
  );
  const { before, id } = result as { before: boolean; id: string };
  assert.equal(before, false);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(builtins.includes('NativeModule crypto'));
});

test('errors and Prisma values are one class whichever entry point hands them out (client, runtime, adapter)', () => {
  const dir = project('sqlite', 'file:./dev.db');
  const push = runCli(['db', 'push', '--skip-generate'], { cwd: dir });
  assert.equal(push.status, 0, push.stderr);
  const { result, checks } = runProgram(
    dir,
    `
import { PrismaClient, Prisma } from 'refract/client';
import * as generated from './node_modules/.prisma/client/index.js';
import * as runtime from 'refract/runtime';
import * as main from 'refract';
import { PrismaBetterSqlite3 } from 'refract/adapters/better-sqlite3';
// An adapter's URL is relative to the working directory (the datasource's is relative to the schema).
async function duplicateEmail(prisma) {
  await prisma.user.create({ data: { email: 'dup@example.com' } }).catch(() => {});
  try { await prisma.user.create({ data: { email: 'dup@example.com' } }); } catch (error) { return error; }
  finally { await prisma.$disconnect(); }
  return null;
}
const viaUrl = await duplicateEmail(new PrismaClient());
const viaAdapter = await duplicateEmail(new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: 'file:./prisma/dev.db' }) }));
const reader = new PrismaClient();
const user = await reader.user.findUnique({ where: { email: 'dup@example.com' } });
await reader.$disconnect();
report([viaUrl?.code, viaAdapter?.code], {
  sameNamespace: Prisma === generated.Prisma,
  urlErrorIsRuntimeClass: viaUrl instanceof runtime.PrismaClientKnownRequestError,
  urlErrorIsNamespaceClass: viaUrl instanceof Prisma.PrismaClientKnownRequestError,
  adapterErrorIsRuntimeClass: viaAdapter instanceof runtime.PrismaClientKnownRequestError,
  adapterErrorIsNamespaceClass: viaAdapter instanceof Prisma.PrismaClientKnownRequestError,
  sameDecimal: runtime.Decimal === Prisma.Decimal,
  readDecimalIsDecimal: user.balance instanceof runtime.Decimal,
  validationClass: runtime.PrismaClientValidationError === Prisma.PrismaClientValidationError,
  // \`refract\` (the schema front end) and the runtime: a name both export must be one value.
  differFromMain: Object.keys(main).filter((name) => name in runtime && main[name] !== runtime[name]),
});
`,
  );
  assert.deepEqual(result, ['P2002', 'P2002']);
  assert.deepEqual(checks, {
    sameNamespace: true,
    urlErrorIsRuntimeClass: true,
    urlErrorIsNamespaceClass: true,
    adapterErrorIsRuntimeClass: true,
    adapterErrorIsNamespaceClass: true,
    sameDecimal: true,
    readDecimalIsDecimal: true,
    validationClass: true,
    differFromMain: [],
  });
});

test('a PostgreSQL client loads pg only: not better-sqlite3 (a native addon) nor mysql2', { skip: !databaseEnabled('postgresql') }, () => {
  const dir = project('postgresql', `${PG_URL_BASE}/postgres`);
  const { result, packagesLoaded } = runProgram(
    dir,
    `
import { PrismaClient } from 'refract/client';
const prisma = new PrismaClient();
const rows = await prisma.$queryRaw\`SELECT 1 AS one\`;
await prisma.$disconnect();
report(rows);
`,
  );
  assert.deepEqual(result, [{ one: 1 }]);
  assert.ok(packagesLoaded.includes('pg'), `pg not seen among ${packagesLoaded.join(', ')}`);
  assert.ok(!packagesLoaded.includes('better-sqlite3'), 'a PostgreSQL client loaded better-sqlite3');
  assert.ok(!packagesLoaded.includes('mysql2'), 'a PostgreSQL client loaded mysql2');
});
