// Offline diffs (no database): migration scripts as `migrate dev` would write them, with warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataLossChecks, describeDataLoss, describeSchema, diff, emptyDbSchema, renderMigrationScript } from '../../src/migrate/index.js';
import { withDatasource } from './helpers/parse.js';

const v1 = `
model User {
  id    Int     @id @default(autoincrement())
  email String
  bio   String?
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}`;

const v2 = `
model User {
  id    Int     @id @default(autoincrement())
  email String
  name  String

  @@index([email(sort: Desc)])
  @@unique([email, name])
}`;

test('SQLite: a migration script with Prisma\'s warnings header, drops before redefinitions, indexes last', () => {
  const from = describeSchema(withDatasource('sqlite', v1));
  const statements = diff(from, describeSchema(withDatasource('sqlite', v2)));
  const { warnings } = describeDataLoss(dataLossChecks(statements, from));
  assert.equal(
    renderMigrationScript(statements, 'sqlite', warnings),
    `/*
  Warnings:

  - You are about to drop the \`Post\` table. If the table is not empty, all the data it contains will be lost.
  - You are about to drop the column \`bio\` on the \`User\` table. All the data in the column will be lost.
  - Added the required column \`name\` to the \`User\` table without a default value. This is not possible if the table is not empty.
  - A unique constraint covering the columns \`[email,name]\` on the table \`User\` will be added. If there are existing duplicate values, this will fail.

*/
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Post";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL
);
INSERT INTO "new_User" ("email", "id") SELECT "email", "id" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE INDEX "User_email_idx" ON "User"("email" DESC);
CREATE UNIQUE INDEX "User_email_name_key" ON "User"("email", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`,
  );
});

test('PostgreSQL: the same change as ALTER TABLE, foreign key dropped first', () => {
  const from = describeSchema(withDatasource('postgresql', v1));
  const statements = diff(from, describeSchema(withDatasource('postgresql', v2)));
  assert.equal(
    renderMigrationScript(statements, 'postgresql'),
    `-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "bio",
ADD COLUMN     "name" TEXT NOT NULL;

-- DropTable
DROP TABLE "Post";

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_name_key" ON "User"("email", "name");
`,
  );
});

test('from an empty database a diff only creates, and diffing a description with itself is empty', () => {
  const schema = describeSchema(withDatasource('sqlite', v1));
  assert.deepEqual(diff(schema, schema), []);
  const kinds = diff(emptyDbSchema('sqlite'), schema).map((s) => s.kind);
  assert.deepEqual(kinds, ['createTable', 'createTable']);
});
