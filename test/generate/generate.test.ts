// The client generator: what it writes, the generated index.js wired to a real runtime on SQLite,
// docs carried into the .d.ts, and generation speed on a 300-model schema.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import type { Schema } from '../../src/schema/model.js';
import { emitJavaScript, generateClient } from '../../src/generate/index.js';
import { loadSchema } from './fixtures/load-schema.js';
import { manyModelsSchema } from './fixtures/many-models.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const temps: string[] = [];
after(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-generate-'));
  temps.push(dir);
  return dir;
}

function schemaOf(text: string): Schema {
  const { file } = parseSchema({ path: 'schema.prisma', text });
  const { schema, diagnostics } = validateSchema([file]);
  assert.ok(schema, diagnostics.map((d) => d.message).join('\n'));
  return schema;
}

/** A project folder whose `refract/runtime` is this checkout's runtime source (run through tsx). */
function projectWithRuntime(): string {
  const dir = tempDir();
  const pkg = path.join(dir, 'node_modules', 'refract');
  fs.mkdirSync(pkg, { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'src'), path.join(pkg, 'src'));
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'refract', type: 'module', exports: { './runtime': './src/client/index.ts' } }));
  return dir;
}

const SHOP = `
datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
  output   = "../generated/client"
}

enum Role {
  USER
  ADMIN
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  role  Role   @default(USER)
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

test('writes index.js, index.d.ts and package.json to the output folder', async () => {
  const dir = tempDir();
  const schema = schemaOf(SHOP);
  const outputDir = path.join(dir, 'generated/client');
  const generator = schema.generators[0];
  assert.ok(generator);
  const { files } = await generateClient({ schema, generator, schemaPath: path.join(dir, 'prisma/schema.prisma'), outputDir });
  assert.deepEqual(files, ['index.js', 'index.d.ts', 'package.json'].map((f) => path.join(outputDir, f)));
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(outputDir, 'package.json'), 'utf8')), {
    name: '.prisma/client',
    type: 'module',
    main: 'index.js',
    types: 'index.d.ts',
  });
  const js = fs.readFileSync(path.join(outputDir, 'index.js'), 'utf8');
  assert.match(js, /^import \{ createClientModule \} from "refract\/runtime";$/m);
  assert.match(js, /resolve\(dirname\(fileURLToPath\(import\.meta\.url\)\), "..\/..\/prisma"\)/);
  assert.deepEqual(embeddedSchema(js), withoutSourceInfo(schema));
});

/** The schema a generated index.js hands the runtime, rebuilt by running its own unpacking code. */
function embeddedSchema(js: string): unknown {
  const source = /^function unpackSchema[\s\S]*?^const schema = .*;$/m.exec(js)?.[0];
  assert.ok(source, 'no packed schema in index.js');
  return new Function(`${source}\nreturn schema;`)() as unknown;
}

/** The validated schema as plain JSON, without what the runtime never reads (spans and docs). */
function withoutSourceInfo(schema: Schema): unknown {
  return JSON.parse(JSON.stringify(schema, (key, value: unknown) => (key === 'span' || key === 'documentation' ? undefined : value)));
}

test('the embedded schema is packed losslessly (every default, relation and index kept) and far smaller than its JSON', () => {
  const schema = schemaOf(`${manyModelsSchema(40)}\ngenerator client {\n  provider = "prisma-client-js"\n}\n`);
  const js = emitJavaScript(schema, '/project/generated', '/project/prisma');
  assert.deepEqual(embeddedSchema(js), withoutSourceInfo(schema));
  const plain = JSON.stringify(withoutSourceInfo(schema)).length;
  const packed = /^const schema = .*;$/m.exec(js)?.[0].length ?? Infinity;
  assert.ok(packed < plain * 0.6, `packed ${packed} bytes vs ${plain} as JSON`);
});

test('output is deterministic, and no absolute path of the project is embedded', async () => {
  const dir = tempDir();
  const schemaPath = path.join(dir, 'prisma/schema.prisma');
  fs.mkdirSync(path.dirname(schemaPath));
  fs.writeFileSync(schemaPath, SHOP);
  const { file } = parseSchema({ path: schemaPath, text: SHOP });
  const { schema } = validateSchema([file]);
  assert.ok(schema?.generators[0]);
  const outputs = [];
  for (const out of ['a', 'b']) {
    const outputDir = path.join(dir, out);
    await generateClient({ schema, generator: schema.generators[0], schemaPath, outputDir });
    outputs.push(['index.js', 'index.d.ts', 'package.json'].map((f) => fs.readFileSync(path.join(outputDir, f), 'utf8')));
  }
  assert.deepEqual(outputs[0], outputs[1]);
  const js = outputs[0]?.[0] ?? '';
  assert.ok(!js.includes(dir), 'the absolute project path leaked into index.js');
  assert.ok(!outputs[0]?.[1]?.includes(dir), 'the absolute project path leaked into index.d.ts');
});

test('the generated module runs on the real runtime: SQLite round trip, frozen enums, import and require', async () => {
  const dir = projectWithRuntime();
  fs.mkdirSync(path.join(dir, 'prisma'));
  const schemaPath = path.join(dir, 'prisma/schema.prisma');
  fs.writeFileSync(schemaPath, SHOP);
  const schema = schemaOf(SHOP);
  const generator = schema.generators[0];
  assert.ok(generator);
  const outputDir = path.join(dir, 'generated/client');
  await generateClient({ schema, generator, schemaPath, outputDir });
  // The datasource URL is relative to the schema's folder, so the table must be there.
  const db = new Database(path.join(dir, 'prisma/dev.db'));
  db.exec(`CREATE TABLE "User" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL UNIQUE, "role" TEXT NOT NULL DEFAULT 'USER');
    CREATE TABLE "Post" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL REFERENCES "User"("id"));`);
  db.close();

  const client = await import(pathToFileURL(path.join(outputDir, 'index.js')).href);
  assert.deepEqual(client.Role, { USER: 'USER', ADMIN: 'ADMIN' });
  assert.ok(Object.isFrozen(client.Role));
  assert.equal(client.$Enums.Role, client.Role);
  assert.equal(typeof client.Prisma.Decimal, 'function');
  const prisma = new client.PrismaClient();
  try {
    await prisma.user.create({ data: { email: 'a@b.c', role: client.Role.ADMIN, posts: { create: [{ title: 'hello' }] } } });
    const users = await prisma.user.findMany({ include: { posts: { select: { title: true } } } });
    assert.deepEqual(users, [{ id: 1, email: 'a@b.c', role: 'ADMIN', posts: [{ title: 'hello' }] }]);
  } finally {
    await prisma.$disconnect();
  }
  const required = createRequire(import.meta.url)(path.join(outputDir, 'index.js'));
  // require(esm) loads the same module (Node >= 20.19); under the test's loader it may be a second instance.
  assert.deepEqual(required.Role, client.Role);
  assert.equal(typeof required.PrismaClient, 'function');
});

test('a multi-file schema (schemaPath is a folder) resolves relative paths from that folder', async () => {
  const dir = tempDir();
  const schemaFolder = path.join(dir, 'prisma/schema');
  fs.mkdirSync(schemaFolder, { recursive: true });
  const schema = schemaOf(SHOP);
  const generator = schema.generators[0];
  assert.ok(generator);
  await generateClient({ schema, generator, schemaPath: schemaFolder, outputDir: path.join(dir, 'client') });
  assert.match(fs.readFileSync(path.join(dir, 'client/index.js'), 'utf8'), /resolve\(dirname\(fileURLToPath\(import\.meta\.url\)\), "\.\.\/prisma\/schema"\)/);
});

test('/// doc comments become JSDoc on models, fields, enums and enum values', async () => {
  const dir = tempDir();
  const schema = loadSchema(path.join(repoRoot, 'test/generate/fixtures/blog.prisma'));
  const generator = schema.generators[0];
  assert.ok(generator);
  await generateClient({ schema, generator, schemaPath: path.join(dir, 'schema.prisma'), outputDir: dir });
  const dts = fs.readFileSync(path.join(dir, 'index.d.ts'), 'utf8');
  assert.match(dts, /\/\*\* A person who writes posts\. \*\/\nexport interface User \{/);
  assert.match(dts, /\n {2}\/\*\* The login; unique\. \*\/\n {2}email: string;/);
  assert.match(dts, /\/\*\* What a user may do\. \*\/\n {2}export const Role:/);
  assert.match(dts, /\/\*\* May edit anyone's posts\. \*\/\n\s*readonly EDITOR: "EDITOR";/);
  assert.match(dts, /export interface UserOmit \{\n {4}id\?: boolean;\n {4}\/\*\* The login; unique\. \*\/\n {4}email\?: boolean;/);
  assert.match(dts, /export interface UserSelect extends UserOmit, UserInclude \{\}/);
});

test('a 300-model schema generates in a few seconds', async () => {
  const dir = tempDir();
  const schema = schemaOf(`${manyModelsSchema(300)}\ngenerator client {\n  provider = "prisma-client-js"\n}\n`);
  const generator = schema.generators[0];
  assert.ok(generator);
  const started = performance.now();
  await generateClient({ schema, generator, schemaPath: path.join(dir, 'schema.prisma'), outputDir: dir });
  const took = performance.now() - started;
  // About 1 s alone on the dev machine; the bound is loose because test files run side by side.
  assert.ok(took < 20_000, `took ${Math.round(took)} ms`);
  const dts = fs.readFileSync(path.join(dir, 'index.d.ts'), 'utf8');
  assert.equal(dts.match(/^export interface M\d+ \{/gm)?.length, 300);
});

test('provider "prisma-client" also writes <output>/client.js and client.d.ts re-exporting the module', async () => {
  const dir = projectWithRuntime();
  const text = SHOP.replace('"prisma-client-js"', '"prisma-client"');
  const schema = schemaOf(text);
  const generator = schema.generators[0];
  assert.ok(generator);
  const outputDir = path.join(dir, 'generated');
  const { files } = await generateClient({ schema, generator, schemaPath: path.join(dir, 'schema.prisma'), outputDir });
  assert.deepEqual(files.map((f) => path.basename(f)), ['index.js', 'index.d.ts', 'package.json', 'client.js', 'client.d.ts']);
  const viaClient = await import(pathToFileURL(path.join(outputDir, 'client.js')).href);
  const viaIndex = await import(pathToFileURL(path.join(outputDir, 'index.js')).href);
  assert.equal(viaClient.PrismaClient, viaIndex.PrismaClient);
  assert.equal(viaClient.Role, viaIndex.Role);
  assert.match(fs.readFileSync(path.join(outputDir, 'client.d.ts'), 'utf8'), /^export \* from '\.\/index\.js';$/m);
});
