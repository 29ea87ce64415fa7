/** The PostgreSQL side by side: raw pg, Drizzle, Prisma 7 (PrismaPg adapter), Refract; one database, dropped after. */
import path from 'node:path';
import pg from 'pg';
import { makeDataset, type Dataset, type Row } from './dataset.js';
import { drizzlePg } from './pg-drizzle.js';
import { rawPg } from './pg-raw.js';
import { prismaApi } from './prisma-api.js';
import { runOps, type OpsResult } from './run-ops.js';
import { generatePrisma, pushTables, workDir } from './setup.js';
import { createClientModule } from '../src/client/index.js';
import { parseSchema } from '../src/schema/parser/index.js';
import { validateSchema } from '../src/schema/validate/index.js';
import { northwindSchema } from './northwind-schema.js';

export const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432';

async function load(pool: pg.Pool, data: Dataset): Promise<void> {
  const insert = async (table: string, columns: string[], rows: readonly Row[]) => {
    for (let start = 0; start < rows.length; start += 2000) {
      const batch = rows.slice(start, start + 2000);
      const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
      await pool.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`, batch.flat());
    }
    await pool.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX(id) FROM "${table}"))`);
  };
  await insert('Supplier', ['id', 'companyName', 'contactName', 'city', 'country'], data.suppliers);
  await insert('Product', ['id', 'name', 'category', 'unitPrice', 'unitsInStock', 'discontinued', 'supplierId'], data.products.map((p) => p.map((v, i) => (i === 5 ? v === 1 : v)) as unknown as Row));
  await insert('Customer', ['id', 'email', 'companyName', 'contactName', 'city', 'country'], data.customers);
  await insert('Order', ['id', 'customerId', 'orderDate', 'shipCity', 'shipCountry', 'freight'], data.orders);
  await insert('OrderDetail', ['id', 'orderId', 'productId', 'unitPrice', 'quantity', 'discount'], data.details);
  await pool.query('ANALYZE');
}

/** Prisma's `timestamp(3)` holds UTC: the raw pool parses it so (node-postgres would use local time). */
const utcTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 1114 ? (s: string) => new Date(`${s.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PgSetup {
  readonly url: string;
  readonly dir: string;
  drop(): Promise<void>;
}

export async function setupPg(): Promise<PgSetup> {
  const name = `refract_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = `${PG_SERVER}/${name}`;
  const dir = workDir('postgres');
  pushTables('postgresql', url, dir);
  const pool = new pg.Pool({ connectionString: url });
  await load(pool, makeDataset());
  await pool.end();
  return {
    url,
    dir,
    async drop() {
      const a = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface PgClients {
  readonly raw: pg.Pool;
  readonly drizzlePool: pg.Pool;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- both clients are driven untyped
  readonly prisma7: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly refract: any;
  close(): Promise<void>;
}

export async function pgClients(setup: PgSetup, poolSize = 10): Promise<PgClients> {
  const raw = new pg.Pool({ connectionString: setup.url, max: poolSize, types: utcTypes });
  const drizzlePool = new pg.Pool({ connectionString: setup.url, max: poolSize });
  generatePrisma('postgresql', setup.dir);
  const prismaModule = (await import(path.join(setup.dir, 'prisma-client', 'client.ts'))) as { PrismaClient: new (o: unknown) => unknown };
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const prisma7 = new prismaModule.PrismaClient({ adapter: new PrismaPg({ connectionString: setup.url, max: poolSize }) });
  const schema = validateSchema([parseSchema({ path: 'schema.prisma', text: northwindSchema('postgresql', { withUrl: false }) }).file]).schema;
  if (!schema) throw new TypeError('the benchmark schema is invalid for Refract');
  const { PrismaClient } = createClientModule(schema, { schemaDir: setup.dir });
  const sep = setup.url.includes('?') ? '&' : '?';
  const refract = new PrismaClient({ datasourceUrl: `${setup.url}${sep}connection_limit=${poolSize}` });
  return {
    raw,
    drizzlePool,
    prisma7,
    refract,
    async close() {
      await (prisma7 as { $disconnect(): Promise<void> }).$disconnect();
      await (refract as { $disconnect(): Promise<void> }).$disconnect();
      await raw.end();
      await drizzlePool.end();
    },
  };
}

export async function runPgOps(clients: PgClients, options: { rounds: number; heavyRounds: number }): Promise<OpsResult> {
  return runOps({
    title: 'PostgreSQL',
    baseline: 'pg (raw)',
    competitors: [
      { name: 'pg (raw)', impls: rawPg(clients.raw) },
      { name: 'Drizzle', impls: drizzlePg(clients.drizzlePool) },
      { name: 'Prisma 7', impls: prismaApi(clients.prisma7, 'prisma7') },
      { name: 'Refract', impls: prismaApi(clients.refract, 'refract') },
    ],
    ...options,
  });
}
