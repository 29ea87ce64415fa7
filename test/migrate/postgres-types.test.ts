// PostgreSQL column types and defaults survive a push and introspect back to the same description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, emptyDbSchema, introspect, pushSchema, renderStatements } from '../../src/migrate/index.js';
import { withDatasource } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';

const options = { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' };

const schemaText = `
enum Color {
  RED
  GREEN
}

model Thing {
  id       String   @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  seq      BigInt   @default(autoincrement())
  small    Int      @default(-1) @db.SmallInt
  name     String   @default("it's") @db.VarChar(80)
  code     String   @db.Char(3)
  price    Decimal  @default(1.50) @db.Decimal(10, 2)
  ratio    Float    @default(0.5) @db.Real
  on       Boolean  @default(false)
  at       DateTime @default(now()) @db.Timestamptz(6)
  day      DateTime @db.Date
  data     Json     @default("{}")
  raw      Json?    @db.Json
  blob     Bytes?
  color    Color    @default(GREEN)
  colors   Color[]  @default([RED])
  tags     String[] @default(["a", "b"])
  nums     Int[]    @default([])
  others   Thing[]  @relation("others")
  parentId String?  @db.Uuid
  parent   Thing?   @relation("others", fields: [parentId], references: [id], onDelete: SetNull)

  @@index([name(sort: Desc), code])
  @@index([data], type: Gin)
}`;

test('PostgreSQL native types and defaults render as Prisma writes them', () => {
  const sql = renderStatements(diff(emptyDbSchema('postgresql'), describeSchema(withDatasource('postgresql', schemaText))), 'postgresql');
  assert.equal(sql[1], `CREATE TABLE "Thing" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "small" SMALLINT NOT NULL DEFAULT -1,
    "name" VARCHAR(80) NOT NULL DEFAULT 'it''s',
    "code" CHAR(3) NOT NULL,
    "price" DECIMAL(10,2) NOT NULL DEFAULT 1.50,
    "ratio" REAL NOT NULL DEFAULT 0.5,
    "on" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "day" DATE NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "raw" JSON,
    "blob" BYTEA,
    "color" "Color" NOT NULL DEFAULT 'GREEN',
    "colors" "Color"[] DEFAULT ARRAY['RED']::"Color"[],
    "tags" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "nums" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "parentId" UUID,

    CONSTRAINT "Thing_pkey" PRIMARY KEY ("id")
);`);
  assert.ok(sql.includes('CREATE INDEX "Thing_name_code_idx" ON "Thing"("name" DESC, "code");'));
  assert.ok(sql.includes('CREATE INDEX "Thing_data_idx" ON "Thing" USING GIN ("data");'));
});

test('PostgreSQL: every type and default introspects back without a diff', options, async () => {
  const db = await freshPostgres('types');
  try {
    const schema = withDatasource('postgresql', schemaText);
    assert.equal((await pushSchema({ schema, connection: db.connection })).applied, true);
    assert.deepEqual(diff(await introspect(db.connection, 'postgresql'), describeSchema(schema)), []);
    await db.connection.executeScript(`INSERT INTO "Thing" ("code", "day") VALUES ('abc', '2024-01-02')`);
    const row = await db.connection.query({ sql: 'SELECT "small", "name", "price"::text, "tags", "colors"::text[], "seq"::int FROM "Thing"', params: [] });
    assert.deepEqual(row.rows, [[-1, "it's", '1.50', ['a', 'b'], ['RED'], 1]]);
  } finally {
    await db.drop();
  }
});
