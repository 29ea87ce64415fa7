// MySQL schemas of the kinds applications write (native types, enums, composite keys, self and
// many-to-many relations, @map names, index options, every default), each pushed to a fresh MariaDB
// database: introspection then diffs to nothing, a second push runs nothing, and the schema db pull
// writes (fresh and over the pushed one) describes the same database. Then schema changes
// pushed in place end in sync too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describeSchema, diff, introspect, pushSchema, renderPulledSchema } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import { loadSchema, withDatasource } from './helpers/parse.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';

const options = { skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql' };

const CORPUS: Readonly<Record<string, string>> = {
  nativeTypes: `
model Everything {
  id        Int      @id @default(autoincrement()) @db.UnsignedInt
  tiny      Int      @db.TinyInt
  utiny     Int      @db.UnsignedTinyInt
  small     Int      @db.SmallInt
  medium    Int      @db.MediumInt
  big       BigInt   @db.UnsignedBigInt
  name      String   @db.VarChar(40)
  code      String   @db.Char(3)
  body      String   @db.Text
  short     String   @db.TinyText
  medText   String?  @db.MediumText
  long      String?  @db.LongText
  price     Decimal  @db.Decimal(10, 2)
  ratio     Float    @db.Float
  dbl       Float    @db.Double
  day       DateTime @db.Date
  clock     DateTime @db.Time(3)
  stamp     DateTime @default(now()) @db.Timestamp(6)
  at        DateTime @db.DateTime(0)
  year      Int      @db.Year
  doc       Json     @db.Json
  bin       Bytes    @db.Binary(16)
  varbin    Bytes    @db.VarBinary(200)
  blob      Bytes    @db.Blob
  tinyBlob  Bytes?   @db.TinyBlob
  medBlob   Bytes?   @db.MediumBlob
  bits      Boolean  @db.Bit(1)
}`,
  defaults: `
enum Level {
  LOW
  HIGH  @map("high")
}

model Setting {
  key      String   @id @db.VarChar(100)
  str      String   @default("it's")
  int      Int      @default(-3)
  big      BigInt   @default(9007199254740993)
  float    Float    @default(1.5)
  dec      Decimal  @default(2.25)
  flag     Boolean  @default(false)
  on       Boolean  @default(true)
  level    Level    @default(HIGH)
  created  DateTime @default(now())
  updated  DateTime @updatedAt
  uuid     String   @default(uuid())
  cuid     String   @default(cuid())
  computed Int      @default(dbgenerated("(1 + 1)"))
}`,
  relations: `
model Person {
  id        Int      @id @default(autoincrement())
  email     String   @unique(map: "person_email_unique")
  managerId Int?     @map("manager_id")
  manager   Person?  @relation("Reports", fields: [managerId], references: [id], onDelete: SetNull, onUpdate: NoAction)
  reports   Person[] @relation("Reports")
  groups    Group[]
  badges    Badge[]

  @@map("people")
}

model Group {
  slug    String   @id @db.VarChar(64)
  members Person[]
}

model Badge {
  ownerId Int
  kind    String   @db.VarChar(20)
  level   Int      @default(1)
  owner   Person   @relation(fields: [ownerId], references: [id], onDelete: Restrict)

  @@id([ownerId, kind])
  @@unique([kind, level], map: "badge_kind_level")
  @@index([level(sort: Desc), kind])
}`,
  indexes: `
model Article {
  id      Int    @id @default(autoincrement())
  title   String @db.VarChar(255)
  body    String @db.Text
  slug    String @db.VarChar(255)
  lang    String @default("en") @db.Char(2)

  @@unique([slug(length: 100), lang])
  @@index([title(length: 20)])
  @@fulltext([title, body])
}`,
  relationModePrisma: `
model Author {
  id    Int    @id @default(autoincrement())
  books Book[]
}

model Book {
  id       Int    @id @default(autoincrement())
  authorId Int
  author   Author @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId])
}`,
};

function corpusSchema(name: string, body: string): Schema {
  const preview = name === 'indexes' ? 'generator client {\n  provider = "prisma-client-js"\n  previewFeatures = ["fullTextIndex"]\n}\n' : '';
  return withDatasource('mysql', `${preview}${body}`);
}

async function pushAndCheck(schema: Schema, label: string): Promise<void> {
  const db = await freshMysql(label);
  try {
    const first = await pushSchema({ schema, connection: db.connection });
    assert.equal(first.applied, true);
    assert.ok(first.executed.length >= schema.models.filter((m) => m.kind === 'model').length);
    const live = await introspect(db.connection, 'mysql');
    assert.deepEqual(diff(live, describeSchema(schema)), []);
    assert.deepEqual((await pushSchema({ schema, connection: db.connection })).executed, []);
    // db pull: the pulled schema (fresh, and re-pulled over this one) describes the same database.
    const features = [...new Set(schema.generators.flatMap((g) => g.previewFeatures))];
    const preamble = `datasource db {\n  provider = "mysql"\n}${features.length ? `\n\ngenerator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ${JSON.stringify(features)}\n}` : ''}`;
    for (const previous of [undefined, schema]) {
      const pulled = loadSchema(renderPulledSchema(live, { preamble, ...(previous ? { previous } : {}) }));
      assert.deepEqual(diff(live, describeSchema(pulled)), [], previous ? 're-pull' : 'fresh pull');
    }
  } finally {
    await db.drop();
  }
}

for (const [name, body] of Object.entries(CORPUS)) {
  test(`MySQL corpus: ${name} pushes, introspects to no diff and re-pushes to nothing`, options, async () => {
    await pushAndCheck(corpusSchema(name, body), name);
  });
}

// The project's valid-schema fixtures written for MySQL, each through push -> introspection.
const FIXTURES = 'test/fixtures/valid';
const mysqlFixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.prisma') && /provider\s*=\s*"mysql"/.test(fs.readFileSync(path.join(FIXTURES, f), 'utf8')));

test('there are MySQL fixtures to push', () => {
  assert.ok(mysqlFixtures.length >= 5, mysqlFixtures.join(', '));
});

for (const file of mysqlFixtures) {
  test(`MySQL fixture ${file} pushes, introspects to no diff and re-pushes to nothing`, options, async () => {
    await pushAndCheck(loadSchema(fs.readFileSync(path.join(FIXTURES, file), 'utf8')), file.replace(/\W+/g, '_').slice(0, 20));
  });
}

// The provider-neutral fixtures (no native types) that are valid for MySQL too, with the provider swapped.
const swapped = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.prisma') && !mysqlFixtures.includes(f))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(FIXTURES, f), 'utf8') }))
  .filter(({ text }) => !text.includes('@db.') && !text.includes('schemas') && /provider\s*=\s*"(sqlite|postgresql|sqlserver)"/.test(text) && !/onDelete: SetNull/.test(text))
  .map(({ file, text }) => ({ file, text: text.replace(/provider\s*=\s*"(sqlite|postgresql|sqlserver)"/, 'provider = "mysql"') }));

for (const { file, text } of swapped) {
  test(`fixture ${file} as a MySQL schema pushes, introspects to no diff and re-pushes to nothing`, options, async () => {
    await pushAndCheck(loadSchema(text), file.replace(/\W+/g, '_').slice(0, 20));
  });
}

test('relationMode = "prisma" on MySQL creates no foreign keys', options, async () => {
  const schema = withDatasource('mysql', CORPUS.relationModePrisma ?? '');
  const prismaMode = loadSchema(`datasource db {\n  provider = "mysql"\n  relationMode = "prisma"\n}\n${CORPUS.relationModePrisma ?? ''}`);
  const db = await freshMysql('relmode');
  try {
    await pushSchema({ schema: prismaMode, connection: db.connection });
    const live = await introspect(db.connection, 'mysql');
    assert.deepEqual(live.tables.flatMap((t) => t.foreignKeys), []);
    assert.deepEqual(diff(live, describeSchema(prismaMode)), []);
    // The same schema with foreign keys would add one: the check above can fail.
    assert.equal(diff(live, describeSchema(schema)).filter((s) => s.kind === 'addForeignKey').length, 1);
  } finally {
    await db.drop();
  }
});

test('schema changes push in place on MySQL and end in sync', options, async () => {
  const v1 = withDatasource('mysql', `
enum Status {
  NEW
  DONE
}

model Task {
  id     Int     @id @default(autoincrement())
  title  String
  status Status  @default(NEW)
  notes  String?
  @@index([title])
}`);
  const v2 = withDatasource('mysql', `
enum Status {
  NEW
  DOING
  DONE
}

model Task {
  id       Int      @id @default(autoincrement())
  title    String   @db.VarChar(120)
  status   Status   @default(DOING)
  priority Int      @default(0)
  due      DateTime?
  owner    Owner?   @relation(fields: [ownerId], references: [id])
  ownerId  Int?
  @@unique([title])
}

model Owner {
  id    Int    @id @default(autoincrement())
  tasks Task[]
}`);
  const db = await freshMysql('changes');
  try {
    await pushSchema({ schema: v1, connection: db.connection });
    await db.connection.execute({ sql: 'INSERT INTO `Task` (`title`, `notes`) VALUES (?, ?)', params: ['write tests', 'x'] });
    const second = await pushSchema({ schema: v2, connection: db.connection, acceptDataLoss: true });
    assert.equal(second.applied, true);
    assert.ok(second.warnings.length > 0, 'dropping `notes` with data warns');
    assert.deepEqual(diff(await introspect(db.connection, 'mysql'), describeSchema(v2)), []);
    const rows = await db.connection.query({ sql: 'SELECT `title`, `status`, `priority` FROM `Task`', params: [] });
    assert.deepEqual(rows.rows, [['write tests', 'NEW', 0]]);
    // And back again.
    await pushSchema({ schema: v1, connection: db.connection, acceptDataLoss: true });
    assert.deepEqual(diff(await introspect(db.connection, 'mysql'), describeSchema(v1)), []);
  } finally {
    await db.drop();
  }
});

test('db pull on MySQL: ENUM columns become enums named <Table>_<column>, and the pulled schema describes the same database', options, async () => {
  const db = await freshMysql('pull');
  try {
    await pushSchema({ schema: loadSchema(`datasource db {\n  provider = "mysql"\n}\n${CORPUS.defaults ?? ''}`), connection: db.connection });
    const live = await introspect(db.connection, 'mysql');
    const text = renderPulledSchema(live, { preamble: 'datasource db {\n  provider = "mysql"\n}' });
    assert.match(text, /enum Setting_level \{\n {2}LOW\n {2}high\n\}/);
    assert.match(text, /level +Setting_level +@default\(high\)/);
    assert.deepEqual(diff(live, describeSchema(loadSchema(text))), []);
  } finally {
    await db.drop();
  }
});
