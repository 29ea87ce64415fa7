/** The MariaDB side by side: raw mysql2, Drizzle, Prisma 7 (PrismaMariaDb adapter), Refract; one database, dropped after. */
import path from 'node:path';
import mysql from 'mysql2/promise';
import { makeDataset, type Dataset, type Row } from './dataset.js';
import { drizzleMysql } from './mysql-drizzle.js';
import { rawMysql } from './mysql-raw.js';
import { prismaApi } from './prisma-api.js';
import { runOps, type OpsResult } from './run-ops.js';
import { generatePrisma, pushTables, workDir } from './setup.js';
import { createClientModule } from '../src/client/index.js';
import { parseSchema } from '../src/schema/parser/index.js';
import { validateSchema } from '../src/schema/validate/index.js';
import { northwindSchema } from './northwind-schema.js';

const SERVER = new URL(process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');

async function load(pool: mysql.Pool, data: Dataset): Promise<void> {
  const insert = async (table: string, columns: string[], rows: readonly Row[]) => {
    for (let start = 0; start < rows.length; start += 2000) {
      const batch = rows.slice(start, start + 2000).map((r) => (table === 'Order' ? r.map((v, i) => (i === 2 ? new Date(v as string) : v)) : r));
      await pool.query(`INSERT INTO \`${table}\` (${columns.join(', ')}) VALUES ?`, [batch]);
    }
  };
  await insert('Supplier', ['id', 'companyName', 'contactName', 'city', 'country'], data.suppliers);
  await insert('Product', ['id', 'name', 'category', 'unitPrice', 'unitsInStock', 'discontinued', 'supplierId'], data.products);
  await insert('Customer', ['id', 'email', 'companyName', 'contactName', 'city', 'country'], data.customers);
  await insert('Order', ['id', 'customerId', 'orderDate', 'shipCity', 'shipCountry', 'freight'], data.orders);
  await insert('OrderDetail', ['id', 'orderId', 'productId', 'unitPrice', 'quantity', 'discount'], data.details);
}

export async function runMysqlSuite(options: { rounds: number; heavyRounds: number }, poolSize = 10): Promise<OpsResult> {
  const name = `refract_bench_${process.pid}`;
  const admin = await mysql.createConnection({ host: SERVER.hostname, port: Number(SERVER.port || 3306), user: SERVER.username || 'root', password: SERVER.password });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = `mysql://${SERVER.username || 'root'}${SERVER.password ? `:${SERVER.password}` : ''}@${SERVER.hostname}:${SERVER.port || 3306}/${name}`;
  const connection = { host: SERVER.hostname, port: Number(SERVER.port || 3306), user: SERVER.username || 'root', password: SERVER.password, database: name };
  const pools: mysql.Pool[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const dir = workDir('mysql');
    pushTables('mysql', url, dir);
    const raw = mysql.createPool({ ...connection, connectionLimit: poolSize, timezone: 'Z' });
    const drizzlePool = mysql.createPool({ ...connection, connectionLimit: poolSize, timezone: 'Z' });
    pools.push(raw, drizzlePool);
    await load(raw, makeDataset());
    await raw.query('ANALYZE TABLE Supplier, Product, Customer, `Order`, OrderDetail');
    generatePrisma('mysql', dir);
    const prismaModule = (await import(path.join(dir, 'prisma-client', 'client.ts'))) as { PrismaClient: new (o: unknown) => { $disconnect(): Promise<void> } };
    const { PrismaMariaDb } = await import('@prisma/adapter-mariadb');
    const prisma7 = new prismaModule.PrismaClient({ adapter: new PrismaMariaDb({ ...connection, connectionLimit: poolSize }) });
    closers.push(() => prisma7.$disconnect());
    const schema = validateSchema([parseSchema({ path: 'schema.prisma', text: northwindSchema('mysql', { withUrl: false }) }).file]).schema;
    if (!schema) throw new TypeError('the benchmark schema is invalid for Refract');
    const { PrismaClient } = createClientModule(schema, { schemaDir: dir });
    const refract = new PrismaClient({ datasourceUrl: `${url}?connection_limit=${poolSize}` }) as unknown as { $disconnect(): Promise<void> };
    closers.push(() => refract.$disconnect());
    return await runOps({
      title: 'MariaDB',
      baseline: 'mysql2 (raw)',
      competitors: [
        { name: 'mysql2 (raw)', impls: rawMysql(raw) },
        { name: 'Drizzle', impls: drizzleMysql(drizzlePool) },
        { name: 'Prisma 7', impls: prismaApi(prisma7, 'prisma7') },
        { name: 'Refract', impls: prismaApi(refract, 'refract') },
      ],
      ...options,
    });
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    for (const pool of pools) await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
