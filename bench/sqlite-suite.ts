/** The SQLite side by side: raw better-sqlite3, Drizzle, Prisma 7 (better-sqlite3 adapter), Refract. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeDataset, type Dataset } from './dataset.js';
import { runOps, type OpsResult } from './run-ops.js';
import { prismaApi } from './prisma-api.js';
import { generatePrisma, pushTables, workDir } from './setup.js';
import { drizzleSqlite } from './sqlite-drizzle.js';
import { rawSqlite } from './sqlite-raw.js';
import { createClientModule } from '../src/client/index.js';
import { parseSchema } from '../src/schema/parser/index.js';
import { validateSchema } from '../src/schema/validate/index.js';
import { northwindSchema } from './northwind-schema.js';

export function loadSqlite(db: Database.Database, data: Dataset): void {
  const insert = (table: string, columns: string, rows: readonly (readonly (string | number)[])[]) => {
    const statement = db.prepare(`INSERT INTO "${table}" (${columns}) VALUES (${columns.split(',').map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const row of rows) statement.run(...row);
    })();
  };
  insert('Supplier', 'id, companyName, contactName, city, country', data.suppliers);
  insert('Product', 'id, name, category, unitPrice, unitsInStock, discontinued, supplierId', data.products);
  insert('Customer', 'id, email, companyName, contactName, city, country', data.customers);
  insert('Order', 'id, customerId, orderDate, shipCity, shipCountry, freight', data.orders);
  insert('OrderDetail', 'id, orderId, productId, unitPrice, quantity, discount', data.details);
}

export interface SqliteSuite extends OpsResult {
  readonly prismaGenerateMs: number;
}

export async function runSqliteSuite(options: { rounds: number; heavyRounds: number }): Promise<SqliteSuite> {
  const dir = workDir('sqlite');
  const file = path.join(dir, 'bench.db');
  fs.rmSync(file, { force: true });
  pushTables('sqlite', `file:${file}`, dir);
  const raw = new Database(file);
  raw.pragma('foreign_keys = ON');
  // WAL (kept in the file, so every competitor's connection gets it): writes measure the ORM, less the fsync.
  raw.pragma('journal_mode = WAL');
  loadSqlite(raw, makeDataset());

  const prismaGenerateMs = generatePrisma('sqlite', dir);
  const prismaModule = (await import(path.join(dir, 'prisma-client', 'client.ts'))) as { PrismaClient: new (o: unknown) => unknown };
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
  const prisma7 = new prismaModule.PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) }) as { $disconnect(): Promise<void> };

  const parsed = parseSchema({ path: 'schema.prisma', text: northwindSchema('sqlite', { withUrl: false }) });
  const schema = validateSchema([parsed.file]).schema;
  if (!schema) throw new TypeError('the benchmark schema is invalid for Refract');
  const { PrismaClient } = createClientModule(schema, { schemaDir: dir });
  const refract = new PrismaClient({ datasourceUrl: `file:${file}` }) as unknown as { $disconnect(): Promise<void> };

  const result = await runOps({
    title: 'SQLite',
    baseline: 'better-sqlite3 (raw)',
    competitors: [
      { name: 'better-sqlite3 (raw)', impls: rawSqlite(raw) },
      { name: 'Drizzle', impls: drizzleSqlite(raw) },
      { name: 'Prisma 7', impls: prismaApi(prisma7, 'prisma7') },
      { name: 'Refract', impls: prismaApi(refract, 'refract') },
    ],
    ...options,
  });
  await prisma7.$disconnect();
  await refract.$disconnect();
  raw.close();
  return { ...result, prismaGenerateMs };
}
