// db push on MySQL/MariaDB: Prisma's MySQL DDL, push -> introspect -> no diff for every conformance
// schema that runs on MySQL, and schema changes applied in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, emptyDbSchema, introspect, pushSchema, renderMigrationScript } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import { conformanceSchema } from './helpers/parse.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';
import type { TestMysqlDatabase } from './helpers/mysql.js';

const options = { skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql' };

async function withDb(label: string, body: (db: TestMysqlDatabase) => Promise<void>): Promise<void> {
  const db = await freshMysql(label);
  try {
    await body(db);
  } finally {
    await db.drop();
  }
}

async function inSync(db: TestMysqlDatabase, target: Schema): Promise<void> {
  assert.deepEqual(diff(await introspect(db.connection, 'mysql'), describeSchema(target)), []);
}

test('the blog schema renders as Prisma writes MySQL DDL', () => {
  const script = renderMigrationScript(diff(emptyDbSchema('mysql'), describeSchema(conformanceSchema('blog', 'mysql'))), 'mysql');
  assert.ok(script.startsWith('-- CreateTable\nCREATE TABLE `User` (\n    `id` INTEGER NOT NULL AUTO_INCREMENT,\n    `email` VARCHAR(191) NOT NULL,\n    `name` VARCHAR(191) NULL,\n'), script.slice(0, 300));
  assert.ok(script.includes("    `role` ENUM('USER', 'EDITOR', 'ADMIN') NOT NULL DEFAULT 'USER',\n"));
  assert.ok(script.includes('    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),\n    `updatedAt` DATETIME(3) NOT NULL,\n\n    UNIQUE INDEX `User_email_key`(`email`),\n    INDEX `User_role_active_idx`(`role`, `active`),\n    PRIMARY KEY (`id`)\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;'));
  assert.ok(script.includes('CREATE TABLE `_PostToTag` (\n    `A` INTEGER NOT NULL,\n    `B` INTEGER NOT NULL,\n\n    UNIQUE INDEX `_PostToTag_AB_unique`(`A`, `B`),\n    INDEX `_PostToTag_B_index`(`B`)\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;'));
  assert.ok(script.includes('`rating` DECIMAL(65,30) NOT NULL DEFAULT 0,'));
  assert.ok(script.includes('-- AddForeignKey\nALTER TABLE `Profile` ADD CONSTRAINT `Profile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;'));
  assert.ok(script.endsWith('ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;\n'));
});

for (const name of ['blog', 'shop', 'tenant']) {
  test(`pushing the ${name} schema to an empty MySQL database introspects to no diff; a second push does nothing`, options, async () => {
    await withDb(name, async (db) => {
      const schema = conformanceSchema(name, 'mysql');
      const first = await pushSchema({ schema, connection: db.connection });
      assert.equal(first.applied, true);
      assert.ok(first.executed.length > 0);
      await inSync(db, schema);
      const second = await pushSchema({ schema, connection: db.connection });
      assert.deepEqual(second, { executed: [], warnings: [], unexecutable: [], applied: true });
    });
  });
}
