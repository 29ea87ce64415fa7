// The validated model's derived facts (constraint names, relation names and kinds, join tables,
// effective referential actions), multi-file schemas, env() handling, and reporting every error at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSchema } from '../../src/schema/parser/index.js';
import { Codes, MissingEnvVarError, resolveConfigValue, validateSchema } from '../../src/schema/validate/index.js';
import type { Schema, ScalarField } from '../../src/schema/model.js';

function validate(text: string, path = 'schema.prisma') {
  const { file, diagnostics } = parseSchema({ path, text });
  assert.deepEqual(diagnostics, [], 'parse errors');
  return validateSchema([file]);
}

function valid(text: string): Schema {
  const { schema, diagnostics } = validate(text);
  assert.ok(schema, diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return schema;
}

const ds = (provider: string, extra = '') => `datasource db {\n  provider = "${provider}"\n${extra}}\n\n`;

const BLOG = `
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Post {
  id       Int     @id
  slug     String
  lang     String
  authorId Int?    @map("author_id")
  author   User?   @relation(fields: [authorId], references: [id])
  editorId Int
  editor   Editor  @relation(fields: [editorId], references: [id])
  tags     Tag[]

  @@unique([slug, lang])
  @@index([authorId])
}

model Editor {
  id    Int    @id
  posts Post[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
`;

test('constraint names are derived as Prisma derives them', () => {
  const schema = valid(ds('postgresql') + BLOG);
  const user = schema.models.find((m) => m.name === 'User');
  const post = schema.models.find((m) => m.name === 'Post');
  assert.equal(user?.primaryKey?.dbName, 'User_pkey');
  assert.deepEqual(user?.uniques.map((u) => [u.name, u.dbName]), [['email', 'User_email_key']]);
  assert.deepEqual(post?.uniques.map((u) => [u.name, u.dbName]), [['slug_lang', 'Post_slug_lang_key']]);
  assert.deepEqual(post?.indexes.map((i) => i.dbName), ['Post_author_id_idx']);
  const fks = schema.relations.filter((r) => r.foreignKeyName).map((r) => r.foreignKeyName);
  assert.deepEqual(fks.sort(), ['Post_author_id_fkey', 'Post_editorId_fkey']);
});

test('derived names are cut to the provider identifier length, suffix kept', () => {
  const table = 'T'.repeat(70);
  const text = `model ${table} {\n  id Int @id\n  someColumn Int @unique\n}\n`;
  const pg = valid(ds('postgresql') + text).models[0];
  assert.equal(pg?.primaryKey?.dbName, `${'T'.repeat(58)}_pkey`);
  assert.equal(pg?.uniques[0]?.dbName.length, 63);
  assert.ok(pg?.uniques[0]?.dbName.endsWith('_key'));
  const my = valid(ds('mysql') + text).models[0];
  assert.equal(my?.primaryKey?.dbName.length, 64);
  const lite = valid(ds('sqlite') + text).models[0];
  assert.equal(lite?.primaryKey?.dbName, `${table}_pkey`);
  // Lengths count UTF-8 bytes, and a character is never split.
  const mapped = valid(ds('postgresql') + `model A {\n  id Int @id\n\n  @@map("${'é'.repeat(40)}")\n}\n`).models[0];
  assert.equal(mapped?.primaryKey?.dbName, `${'é'.repeat(29)}_pkey`);
});

test('relations: kinds, sides, names, join tables and effective actions', () => {
  const schema = valid(ds('postgresql') + BLOG);
  const byName = new Map(schema.relations.map((r) => [r.name, r]));
  const author = byName.get('PostToUser');
  assert.equal(author?.kind, 'oneToMany');
  assert.deepEqual(author?.referencing, { model: 'Post', field: 'author' });
  assert.deepEqual(author?.referenced, { model: 'User', field: 'posts' });
  assert.deepEqual([author?.onDelete, author?.onUpdate], ['SetNull', 'Cascade']);
  const editor = byName.get('EditorToPost');
  assert.deepEqual([editor?.onDelete, editor?.onUpdate], ['Restrict', 'Cascade']);
  const tags = byName.get('PostToTag');
  assert.equal(tags?.kind, 'manyToMany');
  assert.deepEqual(tags?.joinTable, { name: '_PostToTag', modelA: 'Post', modelB: 'Tag' });
  const post = schema.models.find((m) => m.name === 'Post');
  const fk = (name: string) => (post?.fields.find((f) => f.name === name) as ScalarField | undefined)?.isForeignKey;
  assert.deepEqual([fk('authorId'), fk('editorId'), fk('slug')], [true, true, false]);
});

test('SQL Server has no Restrict: a required relation defaults to NoAction', () => {
  const schema = valid(ds('sqlserver') + BLOG);
  assert.equal(schema.relations.find((r) => r.name === 'EditorToPost')?.onDelete, 'NoAction');
});

test('explicit relation names name the join table; one-to-one sides', () => {
  const schema = valid(
    ds('postgresql') +
      `model A {\n  id Int @id\n  likes B[] @relation("likes")\n  b B?\n}\n\nmodel B {\n  id Int @id\n  likedBy A[] @relation("likes")\n  aId Int @unique\n  a A @relation(fields: [aId], references: [id], onDelete: Cascade, map: "b_a")\n}\n`,
  );
  const likes = schema.relations.find((r) => r.name === 'likes');
  assert.deepEqual(likes?.joinTable, { name: '_likes', modelA: 'A', modelB: 'B' });
  const one = schema.relations.find((r) => r.name === 'AToB');
  assert.equal(one?.kind, 'oneToOne');
  assert.deepEqual(one?.referencing, { model: 'B', field: 'a' });
  assert.deepEqual([one?.onDelete, one?.foreignKeyName], ['Cascade', 'b_a']);
});

test('a multi-file schema merges declarations; diagnostics point into their own file', () => {
  const a = parseSchema({ path: 'a.prisma', text: `${ds('postgresql')}model User {\n  id   Int  @id\n  role Role\n}\n` }).file;
  const b = parseSchema({ path: 'b.prisma', text: 'enum Role {\n  USER\n}\n\nmodel Other {\n  id Int @id\n  x  Strin\n}\n' }).file;
  const broken = validateSchema([a, b]);
  assert.equal(broken.schema, null);
  assert.deepEqual(broken.diagnostics.map((d) => [d.span.file, d.code]), [['b.prisma', 'E150']]);
  const fixed = parseSchema({ path: 'b.prisma', text: 'enum Role {\n  USER\n}\n' }).file;
  const ok = validateSchema([a, fixed]);
  assert.equal(ok.schema?.models[0]?.fields[1]?.kind, 'enum');
});

test('env("X") in the url: valid while X is missing; resolveConfigValue names the variable', () => {
  const schema = valid(ds('postgresql', '  url = env("REFRACT_TEST_UNSET_URL")\n') + 'model A {\n  id Int @id\n}\n');
  const url = schema.datasource?.url;
  assert.deepEqual(url, { kind: 'env', variable: 'REFRACT_TEST_UNSET_URL' });
  assert.ok(url);
  assert.throws(() => resolveConfigValue(url, {}), (e: unknown) => e instanceof MissingEnvVarError && e.variable === 'REFRACT_TEST_UNSET_URL');
  assert.equal(resolveConfigValue(url, { REFRACT_TEST_UNSET_URL: 'postgresql://x' }), 'postgresql://x');
  assert.equal(resolveConfigValue({ kind: 'literal', value: 'file:./dev.db' }, {}), 'file:./dev.db');
});

test('every error is reported at once, each with a code in the validator range', () => {
  const { schema, diagnostics } = validate(
    ds('postgresql') + 'model A {\n  id Int @id\n  x Strin\n  y Int @default("a")\n  z Int @updatedAt\n  w String @foo\n}\n\nmodel B {\n  a Int\n}\n',
  );
  assert.equal(schema, null);
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['E150', 'E200', 'E207', 'E250', 'E350']);
  for (const d of diagnostics) assert.match(d.code, /^(E[123]\d\d|W1\d\d)$/);
});

test('warnings keep the schema; documentation comes from /// comments', () => {
  const { schema, diagnostics } = validate(
    ds('mysql') + '/// The A.\n/// Second line.\nmodel A {\n  id Int @id\n  /// The b list.\n  b B[]\n}\n\nmodel B {\n  id Int @id\n  aId Int @default(0)\n  a A @relation(fields: [aId], references: [id], onDelete: SetDefault)\n}\n',
  );
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.code]), [['warning', 'W100']]);
  assert.equal(schema?.models[0]?.documentation, 'The A.\nSecond line.');
  assert.equal(schema?.models[0]?.fields[1]?.documentation, 'The b list.');
});

test('defaults are kept exact and typed', () => {
  const schema = valid(
    ds('postgresql') +
      'model A {\n  id BigInt @id @default(9007199254740993)\n  d Decimal @default(0.1)\n  s String[] @default(["a", "b"])\n  e E @default(X)\n  u String @default(uuid(7))\n}\n\nenum E {\n  X\n}\n',
  );
  const fields = schema.models[0]?.fields as ScalarField[];
  assert.deepEqual(
    fields.map((f) => f.default),
    [
      { kind: 'number', value: '9007199254740993' },
      { kind: 'number', value: '0.1' },
      { kind: 'list', values: [{ kind: 'string', value: 'a' }, { kind: 'string', value: 'b' }] },
      { kind: 'enum', value: 'X' },
      { kind: 'function', name: 'uuid', args: [7] },
    ],
  );
});

test('diagnostic codes are unique and in the validator ranges', () => {
  const values = Object.values(Codes);
  assert.equal(new Set(values).size, values.length);
  for (const code of values) assert.match(code, /^(E[123]\d\d|W1\d\d)$/);
});
