import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, tempProject, writeFiles } from '../helpers/cli.js';

const messy = `datasource db {
provider = "sqlite"
  url = "file:./dev.db"
}
model User {
 id Int @id @default(autoincrement())
   email String @unique
 name String?
}
`;

test('init writes prisma/schema.prisma and .env for the chosen provider, and refuses to overwrite', () => {
  const dir = tempProject();
  const first = runCli(['init', '--datasource-provider', 'sqlite'], { cwd: dir });
  assert.equal(first.status, 0, first.stderr);
  const schema = fs.readFileSync(path.join(dir, 'prisma/schema.prisma'), 'utf8');
  assert.match(schema, /provider = "sqlite"/);
  assert.match(schema, /url\s+= env\("DATABASE_URL"\)/);
  assert.match(fs.readFileSync(path.join(dir, '.env'), 'utf8'), /^DATABASE_URL="file:\.\/dev\.db"$/m);
  assert.match(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), /^\.env$/m);
  const again = runCli(['init'], { cwd: dir });
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists/);
});

test('init --url and --output end up in .env and the generator', () => {
  const dir = tempProject();
  const run = runCli(['init', '--url', 'postgresql://u@localhost:5432/app', '--output', '../generated/client'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const schema = fs.readFileSync(path.join(dir, 'prisma/schema.prisma'), 'utf8');
  assert.match(schema, /provider = "postgresql"/);
  assert.match(schema, /output\s+= "\.\.\/generated\/client"/);
  assert.match(fs.readFileSync(path.join(dir, '.env'), 'utf8'), /DATABASE_URL="postgresql:\/\/u@localhost:5432\/app"/);
});

test('the schema written by init is valid and already formatted', () => {
  const dir = tempProject();
  assert.equal(runCli(['init', '--datasource-provider', 'mysql'], { cwd: dir }).status, 0);
  const validate = runCli(['validate'], { cwd: dir });
  assert.equal(validate.status, 0, validate.stderr);
  assert.match(validate.stdout, /is valid/);
  const check = runCli(['format', '--check'], { cwd: dir });
  assert.equal(check.status, 0, check.stderr + check.stdout);
});

test('format rewrites a messy schema, format --check tells, and formatting twice changes nothing', () => {
  const dir = tempProject();
  writeFiles(dir, { 'prisma/schema.prisma': messy });
  const check = runCli(['format', '--check'], { cwd: dir });
  assert.equal(check.status, 1);
  assert.match(check.stderr, /prisma\/schema\.prisma/);
  assert.equal(fs.readFileSync(path.join(dir, 'prisma/schema.prisma'), 'utf8'), messy, '--check must not write');
  assert.equal(runCli(['format'], { cwd: dir }).status, 0);
  const once = fs.readFileSync(path.join(dir, 'prisma/schema.prisma'), 'utf8');
  assert.match(once, /^ {2}email String {2}@unique$/m);
  assert.equal(runCli(['format', '--check'], { cwd: dir }).status, 0);
  assert.equal(runCli(['format'], { cwd: dir }).status, 0);
  assert.equal(fs.readFileSync(path.join(dir, 'prisma/schema.prisma'), 'utf8'), once);
});

test('validate reports every error with file:line:column and a caret, and exits 1', () => {
  const dir = tempProject();
  writeFiles(dir, {
    'schema.prisma': `datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel User {\n  id    Int    @id\n  name  Strin\n  posts Pots[]\n}\n`,
  });
  const run = runCli(['validate'], { cwd: dir });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /schema\.prisma:8:9/);
  assert.match(run.stderr, /schema\.prisma:9:9/);
  assert.match(run.stderr, /\n8 \| {3}name {2}Strin\n {2}\| {9}\^{5}/);
  assert.match(run.stderr, /Validation Error Count: 2/);
});

test('--schema takes a folder of .prisma files (multi-file schema)', () => {
  const dir = tempProject();
  writeFiles(dir, {
    'db/main.prisma': `datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n`,
    'db/user.prisma': `model User {\n  id    Int    @id\n  posts Post[]\n}\n`,
    'db/post.prisma': `model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n`,
  });
  const run = runCli(['validate', '--schema', 'db'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
});

test('the schema is found through package.json "prisma.schema"', () => {
  const dir = tempProject();
  writeFiles(dir, {
    'package.json': JSON.stringify({ name: 'app', prisma: { schema: 'db/app.prisma' } }),
    'db/app.prisma': `datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel A {\n  id Int @id\n}\n`,
  });
  const run = runCli(['validate'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^The schema at db\/app\.prisma is valid/);
});

test('the schema is found through prisma.config.ts, which may import prisma/config', () => {
  const dir = tempProject();
  writeFiles(dir, {
    'prisma.config.ts': `import { defineConfig } from 'prisma/config';\nexport default defineConfig({ schema: 'models/schema.prisma' });\n`,
    'models/schema.prisma': `datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n`,
  });
  const run = runCli(['validate'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^The schema at models\/schema\.prisma is valid/);
});

test('a missing schema, an unknown verb and an unknown flag are clear errors', () => {
  const dir = tempProject();
  const missing = runCli(['validate'], { cwd: dir });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /Could not find a schema/);
  const verb = runCli(['fromat'], { cwd: dir });
  assert.equal(verb.status, 1);
  assert.match(verb.stderr, /Unknown command "fromat"/);
  const flag = runCli(['format', '--chek'], { cwd: dir });
  assert.equal(flag.status, 1);
  assert.match(flag.stderr, /Unknown flag --chek/);
});

test('every verb has --help, and version prints the version', () => {
  const dir = tempProject();
  for (const verb of ['init', 'format', 'validate', 'version']) {
    const run = runCli([verb, '--help'], { cwd: dir });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Usage: refract/);
    assert.match(run.stdout, /--help/);
  }
  const version = runCli(['--version'], { cwd: dir });
  assert.equal(version.status, 0);
  assert.match(version.stdout, /refract\s+: \d+\.\d+\.\d+/);
});

test('format on a multi-file schema adds a missing back-relation field in its own model\'s file', () => {
  const dir = tempProject();
  writeFiles(dir, {
    'db/main.prisma': `datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n`,
    'db/user.prisma': `model User {\n  id Int @id\n}\n`,
    'db/post.prisma': `model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n`,
  });
  const run = runCli(['format', '--schema', 'db'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(fs.readFileSync(path.join(dir, 'db/user.prisma'), 'utf8'), `model User {\n  id    Int    @id\n  posts Post[]\n}\n`);
  assert.equal(runCli(['validate', '--schema', 'db'], { cwd: dir }).status, 0);
});
