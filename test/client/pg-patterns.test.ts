/**
 * PostgreSQL-only application patterns, run for real: row-level security with set_config inside a
 * transaction under a non-superuser role, DATE_TRUNC through $queryRaw, full-text search
 * (to_tsvector in raw SQL, `search` filters and `_relevance` ordering), FOR UPDATE NOWAIT inside an
 * interactive transaction, and the optimistic-locking retry loop under real concurrency.
 */
import assert from 'node:assert/strict';
import { databaseTest, testClient, withPgAdmin } from './databases.js';
import type { TestClient } from './databases.js';

const ONLY_PG = { only: ['postgresql'] } as const;

type Prisma = TestClient['prisma'];

const DOCS = `
model Doc {
  id        Int      @id @default(autoincrement())
  tenantId  Int
  title     String
  body      String   @default("")
  createdAt DateTime @default(now())
}

model Product {
  id      Int    @id
  stock   Int
  version Int    @default(0)
}
`;

databaseTest('row-level security: set_config in a transaction scopes a non-superuser role to its tenant', async (db) => {
  const c = await testClient(db, DOCS);
  const role = `refract_rls_${process.pid}_${Date.now().toString(36)}`;
  try {
    await withPgAdmin(async (admin) => {
      await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS`);
    });
    await withPgAdmin(async (admin) => {
      await admin.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await admin.query(`GRANT SELECT, INSERT ON "Doc" TO ${role}`);
      await admin.query(`GRANT USAGE ON SEQUENCE "Doc_id_seq" TO ${role}`);
      await admin.query('ALTER TABLE "Doc" ENABLE ROW LEVEL SECURITY');
      // missing_ok: outside a tenant transaction the setting is empty and no row is visible.
      await admin.query(`CREATE POLICY tenant_isolation ON "Doc" USING ("tenantId" = NULLIF(current_setting('app.tenant', TRUE), '')::int) WITH CHECK ("tenantId" = NULLIF(current_setting('app.tenant', TRUE), '')::int)`);
    }, c.file);
    await c.prisma.doc.createMany({ data: [{ tenantId: 1, title: 'one-a' }, { tenantId: 1, title: 'one-b' }, { tenantId: 2, title: 'two-a' }] });

    const app = c.newClient({ datasourceUrl: c.url.replace('postgres@', `${role}@`) });
    const forTenant = (tenant: number) => app.$transaction([
      app.$executeRaw`SELECT set_config('app.tenant', ${String(tenant)}, TRUE)`,
      app.doc.findMany({ orderBy: { id: 'asc' }, select: { title: true } }),
    ]);
    const [, one] = await forTenant(1);
    const [, two] = await forTenant(2);
    assert.deepEqual(one.map((d: { title: string }) => d.title), ['one-a', 'one-b']);
    assert.deepEqual(two.map((d: { title: string }) => d.title), ['two-a']);
    assert.deepEqual(await app.doc.findMany(), [], 'the setting was local to the transaction');
    // The policy also checks writes: a row for another tenant is refused.
    const refused = await app.$transaction(async (tx: Prisma) => {
      await tx.$executeRaw`SELECT set_config('app.tenant', '1', TRUE)`;
      return tx.doc.create({ data: { tenantId: 2, title: 'sneaky' } });
    }).catch((e: unknown) => e);
    assert.match(String((refused as Error).message), /row-level security/);
    assert.equal(await c.prisma.doc.count(), 3, 'the superuser sees every row, and nothing was added');
    await app.$disconnect();
  } finally {
    await c.close();
    await withPgAdmin((admin) => admin.query(`DROP ROLE IF EXISTS ${role}`));
  }
}, ONLY_PG);

databaseTest('DATE_TRUNC through $queryRaw: rows per month with Date and BigInt values', async (db) => {
  const c = await testClient(db, DOCS);
  try {
    const at = (iso: string) => new Date(iso);
    await c.prisma.doc.createMany({
      data: [
        { tenantId: 1, title: 'a', createdAt: at('2024-01-05T10:00:00Z') },
        { tenantId: 1, title: 'b', createdAt: at('2024-01-28T23:59:00Z') },
        { tenantId: 1, title: 'c', createdAt: at('2024-03-01T00:00:00Z') },
      ],
    });
    const rows = await c.prisma.$queryRaw`
      SELECT DATE_TRUNC('month', "createdAt") AS month, COUNT(*) AS docs
      FROM "Doc" WHERE "createdAt" >= ${at('2024-01-01T00:00:00Z')} GROUP BY 1 ORDER BY 1`;
    assert.deepEqual(rows, [
      { month: at('2024-01-01T00:00:00Z'), docs: 2n },
      { month: at('2024-03-01T00:00:00Z'), docs: 1n },
    ]);
    // Arrays bind as PostgreSQL arrays (`= ANY($1)`), their items encoded like single values.
    const picked = await c.prisma.$queryRaw`SELECT title FROM "Doc" WHERE title = ANY(${['a', 'c']}) AND "createdAt" < ALL(${[at('2025-01-01T00:00:00Z')]}) ORDER BY title`;
    assert.deepEqual(picked, [{ title: 'a' }, { title: 'c' }]);
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('full-text search: to_tsvector in raw SQL, `search` filters and `_relevance` ordering', async (db) => {
  const c = await testClient(db, DOCS);
  try {
    await c.prisma.doc.createMany({
      data: [
        { tenantId: 1, title: 'Cats and dogs', body: 'The cat chased the dog around the garden.' },
        { tenantId: 1, title: 'Dogs only', body: 'Dogs, dogs and more dogs running.' },
        { tenantId: 1, title: 'Birds', body: 'Birds sing in the morning.' },
      ],
    });
    const raw = await c.prisma.$queryRaw`
      SELECT title FROM "Doc" WHERE to_tsvector('english', body) @@ plainto_tsquery('english', ${'running dog'}) ORDER BY id`;
    assert.deepEqual(raw, [{ title: 'Dogs only' }]);
    const titles = async (args: object) => (await c.prisma.doc.findMany({ select: { title: true }, ...args })).map((d: { title: string }) => d.title);
    assert.deepEqual(await titles({ where: { body: { search: 'cat & dog' } }, orderBy: { id: 'asc' } }), ['Cats and dogs']);
    assert.deepEqual(await titles({ where: { body: { search: 'dogs | birds' } }, orderBy: { id: 'asc' } }), ['Cats and dogs', 'Dogs only', 'Birds']);
    assert.deepEqual(await titles({ where: { body: { search: 'dog' } }, orderBy: { _relevance: { fields: ['title', 'body'], search: 'dog', sort: 'desc' } } }), ['Dogs only', 'Cats and dogs']);
    assert.deepEqual(await titles({ where: { title: { search: 'bird' } }, orderBy: { id: 'asc' } }), ['Birds'], 'the same statement shape, another query');
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('FOR UPDATE NOWAIT inside an interactive transaction fails fast while another holds the lock', async (db) => {
  const c = await testClient(db, DOCS);
  try {
    await c.prisma.product.create({ data: { id: 1, stock: 10 } });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = c.prisma.$transaction(async (tx: Prisma) => {
      await tx.$queryRaw`SELECT id FROM "Product" WHERE id = 1 FOR UPDATE`;
      locked();
      await held;
      await tx.product.update({ where: { id: 1 }, data: { stock: { decrement: 1 } } });
    }, { timeout: 10_000 });
    await isLocked;
    const started = Date.now();
    const failure = await c.prisma.$transaction(async (tx: Prisma) => {
      await tx.$queryRaw`SELECT id FROM "Product" WHERE id = 1 FOR UPDATE NOWAIT`;
      return 'got the lock';
    }).catch((e: { code?: string; meta?: { code?: string } }) => e);
    assert.ok(Date.now() - started < 1000, 'NOWAIT does not wait for the lock');
    assert.equal((failure as { code?: string }).code, 'P2010');
    assert.equal((failure as { meta?: { code?: string } }).meta?.code, '55P03', 'lock_not_available');
    release();
    await holder;
    const afterwards = await c.prisma.$transaction(async (tx: Prisma) => (await tx.$queryRaw`SELECT stock FROM "Product" WHERE id = 1 FOR UPDATE NOWAIT`)[0].stock);
    assert.equal(afterwards, 9, 'once released, the lock is taken at once');
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('optimistic locking: concurrent writers retry on a stale version until every update lands', async (db) => {
  const c = await testClient(db, DOCS);
  try {
    await c.prisma.product.create({ data: { id: 1, stock: 100 } });
    const workers = 8;
    const client = c.newClient({ datasourceUrl: `${c.url}?connection_limit=${workers}` });
    let conflicts = 0;
    const buyOne = async (): Promise<number> => {
      for (let attempt = 1; attempt <= 50; attempt++) {
        const current = await client.product.findUniqueOrThrow({ where: { id: 1 } });
        // Widen the window between read and write so the writers really overlap.
        await new Promise((r) => setTimeout(r, Math.random() * 10));
        const { count } = await client.product.updateMany({ where: { id: 1, version: current.version }, data: { stock: current.stock - 1, version: { increment: 1 } } });
        if (count === 1) return attempt;
        conflicts++;
      }
      throw new RangeError('gave up after 50 attempts');
    };
    const attempts = await Promise.all(Array.from({ length: workers }, buyOne));
    const final = await c.prisma.product.findUniqueOrThrow({ where: { id: 1 } });
    assert.equal(final.stock, 100 - workers, 'no update was lost');
    assert.equal(final.version, workers);
    assert.ok(conflicts > 0, `the writers overlapped (attempts: ${attempts.join(', ')})`);
    assert.equal(attempts.reduce((a, b) => a + b, 0), workers + conflicts);
  } finally {
    await c.close();
  }
}, ONLY_PG);
