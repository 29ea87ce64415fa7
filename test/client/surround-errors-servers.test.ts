// The PostgreSQL and MySQL/MariaDB driver-error tables, on real servers (uniquely named databases,
// dropped afterwards). `REFRACT_TEST_DB=sqlite` skips this file's databases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { PrismaClientKnownRequestError, mapDriverError, toPrismaError } from '../../src/client/errors/index.js';

const only = process.env.REFRACT_TEST_DB;
const PG_BASE = process.env.PG_URL_BASE ?? 'postgresql://postgres@127.0.0.1:5432';
const MYSQL_BASE = process.env.MYSQL_URL_BASE ?? 'mysql://root@127.0.0.1:3306';
const dbName = (db: string) => `refract_surround_${db}_${process.pid}_${Date.now().toString(36)}`;

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  assert.fail('expected the statement to fail');
}

function known(error: unknown, modelName: string): PrismaClientKnownRequestError {
  const mapped = toPrismaError(error, { modelName });
  assert.ok(mapped instanceof PrismaClientKnownRequestError, `mapped to a known error: ${String(error)}`);
  assert.equal(mapped.meta?.['modelName'], modelName);
  return mapped;
}

test('PostgreSQL errors map to P codes naming the constraint, as Prisma 7 on PostgreSQL', { skip: only !== undefined && only !== 'postgres' }, async () => {
  const name = dbName('pg');
  const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const client = new pg.Client({ connectionString: `${PG_BASE}/${name}` });
  try {
    await client.connect();
    await client.query(`CREATE TABLE "Customer" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL, CONSTRAINT "Customer_email_key" UNIQUE ("email"));
      CREATE TABLE "Order" ("id" SERIAL PRIMARY KEY, "customerId" INTEGER NOT NULL, CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id"));
      INSERT INTO "Customer" ("email") VALUES ('a@x');`);
    const unique = known(await caught(() => client.query(`INSERT INTO "Customer" ("email") VALUES ('a@x')`)), 'Customer');
    assert.equal(unique.code, 'P2002');
    assert.equal(unique.message, 'Unique constraint failed on the constraint: `Customer_email_key`');
    const fk = known(await caught(() => client.query(`INSERT INTO "Order" ("customerId") VALUES (99)`)), 'Order');
    assert.equal(fk.code, 'P2003');
    assert.equal(fk.message, 'Foreign key constraint violated on the constraint: `Order_customerId_fkey`');
    const notNull = known(await caught(() => client.query(`INSERT INTO "Customer" ("email") VALUES (NULL)`)), 'Customer');
    assert.equal(notNull.code, 'P2011');
    assert.equal(notNull.message, 'Null constraint violation on the fields: (`email`)');
    const table = known(await caught(() => client.query(`SELECT * FROM "Nope"`)), 'Nope');
    assert.equal(table.code, 'P2021');
    assert.equal(table.message, 'The table `Nope` does not exist in the current database.');
    const column = known(await caught(() => client.query(`SELECT "nope" FROM "Customer"`)), 'Customer');
    assert.equal(column.code, 'P2022');
    const raw = toPrismaError(await caught(() => client.query('SELEKT 1')), { raw: true });
    assert.ok(raw instanceof PrismaClientKnownRequestError);
    assert.equal(raw.code, 'P2010');
    assert.match(raw.message, /^Raw query failed\. Code: `42601`\. Message: `syntax error at or near "SELEKT"`$/);
    const missingDb = new pg.Client({ connectionString: `${PG_BASE}/${name}_missing` });
    const noDb = mapDriverError(await caught(() => missingDb.connect()));
    assert.equal(noDb?.mapped.kind, 'DatabaseDoesNotExist');
    const refused = mapDriverError(await caught(() => new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:1/x' }).connect()));
    assert.equal(refused?.mapped.kind, 'DatabaseNotReachable');
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});

test('MySQL/MariaDB errors map to P codes (constraint name for unique, fields for foreign keys)', { skip: only !== undefined && only !== 'mysql' }, async () => {
  const name = dbName('my');
  const admin = await mysql.createConnection(MYSQL_BASE);
  await admin.query(`CREATE DATABASE \`${name}\``);
  const client = await mysql.createConnection(`${MYSQL_BASE}/${name}`);
  try {
    await client.query(`CREATE TABLE \`Customer\` (\`id\` INTEGER NOT NULL AUTO_INCREMENT, \`email\` VARCHAR(191) NOT NULL, \`name\` VARCHAR(10) NULL, UNIQUE INDEX \`Customer_email_key\`(\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await client.query(`CREATE TABLE \`Order\` (\`id\` INTEGER NOT NULL AUTO_INCREMENT, \`customerId\` INTEGER NOT NULL, PRIMARY KEY (\`id\`), CONSTRAINT \`Order_customerId_fkey\` FOREIGN KEY (\`customerId\`) REFERENCES \`Customer\`(\`id\`) ON DELETE RESTRICT) ENGINE=InnoDB`);
    await client.query(`INSERT INTO \`Customer\` (\`id\`, \`email\`) VALUES (1, 'a@x')`);
    await client.query(`INSERT INTO \`Order\` (\`customerId\`) VALUES (1)`);
    const unique = known(await caught(() => client.query(`INSERT INTO \`Customer\` (\`email\`) VALUES ('a@x')`)), 'Customer');
    assert.equal(unique.message, 'Unique constraint failed on the constraint: `Customer_email_key`');
    const primary = known(await caught(() => client.query(`INSERT INTO \`Customer\` (\`id\`, \`email\`) VALUES (1, 'b@x')`)), 'Customer');
    assert.equal(primary.message, 'Unique constraint failed on the constraint: `PRIMARY`');
    const fk = known(await caught(() => client.query(`INSERT INTO \`Order\` (\`customerId\`) VALUES (99)`)), 'Order');
    assert.equal(fk.code, 'P2003');
    assert.equal(fk.message, 'Foreign key constraint violated on the fields: (`customerId`)');
    const restricted = known(await caught(() => client.query('DELETE FROM `Customer` WHERE `id` = 1')), 'Customer');
    assert.equal(restricted.code, 'P2003');
    assert.equal(restricted.message, 'Foreign key constraint violated on the fields: (`customerId`)');
    const notNull = known(await caught(() => client.query('INSERT INTO `Customer` (`email`) VALUES (NULL)')), 'Customer');
    assert.equal(notNull.code, 'P2011');
    assert.equal(notNull.message, 'Null constraint violation on the fields: (`email`)');
    const tooLong = known(await caught(() => client.query(`INSERT INTO \`Customer\` (\`email\`, \`name\`) VALUES ('c@x', 'much too long for ten')`)), 'Customer');
    assert.equal(tooLong.code, 'P2000');
    const table = known(await caught(() => client.query('SELECT * FROM `Nope`')), 'Nope');
    assert.equal(table.code, 'P2021');
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
});
