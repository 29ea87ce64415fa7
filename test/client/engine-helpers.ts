/** Test helper: a real SQLite database in a temp dir, pushed from a schema text, and a client on it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClientModule } from '../../src/client/index.js';
import { openSqlite } from '../../src/dialects/sqlite/driver.js';
import { pushSchema } from '../../src/migrate/push.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import type { Schema } from '../../src/schema/model.js';

export function schemaFrom(text: string): Schema {
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  if (!result.schema) throw new Error(`invalid test schema: ${JSON.stringify(result.diagnostics)}`);
  return result.schema;
}

export interface TestClient {
  // The runtime client is untyped here: tests call it as user code does.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly prisma: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly Prisma: any;
  readonly file: string;
  readonly queries: string[];
  close(): Promise<void>;
}

export async function sqliteClient(schemaText: string, options: Record<string, unknown> = {}, datasourceExtra = ''): Promise<TestClient> {
  const schema = schemaFrom(`datasource db {\n  provider = "sqlite"\n${datasourceExtra}}\n${schemaText}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-engine-'));
  const file = path.join(dir, 'test.db');
  const connection = openSqlite({ filename: file });
  await pushSchema({ schema, connection });
  await connection.close();
  const { PrismaClient, Prisma } = createClientModule(schema, { schemaDir: dir });
  const prisma = new PrismaClient({ datasourceUrl: 'file:./test.db', log: [{ level: 'query', emit: 'event' }], ...options });
  const queries: string[] = [];
  prisma.$on('query', (e: unknown) => queries.push((e as { query: string }).query));
  return {
    prisma,
    Prisma,
    file,
    queries,
    async close() {
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const BLOG = `
enum Role {
  USER
  ADMIN
}

model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String?
  role      Role      @default(USER)
  karma     BigInt    @default(0)
  settings  Json?
  createdAt DateTime  @default(now())
  updatedAt DateTime  @updatedAt
  posts     Post[]
  profile   Profile?
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String?
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}

model Post {
  id       Int      @id @default(autoincrement())
  title    String
  views    Int      @default(0)
  rating   Decimal  @default(0)
  data     Bytes?
  authorId Int?
  author   User?    @relation(fields: [authorId], references: [id], onDelete: SetNull)
  tags     Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
`;
