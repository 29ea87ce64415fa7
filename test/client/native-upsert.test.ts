/**
 * upsert as a database upsert (one INSERT ... ON CONFLICT / ON DUPLICATE KEY UPDATE) when Prisma's
 * conditions hold, with the same answers as the read-then-write path; the other upserts fall back.
 */
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';
import type { TestClient } from './databases.js';

const SCHEMA = `
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  handle    String   @unique
  name      String
  visits    Int      @default(0)
  updatedAt DateTime @updatedAt
  posts     Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Counter {
  key       String   @id
  hits      Int      @default(0)
  note      String?
  updatedAt DateTime @updatedAt
}
`;

/** The statements `work` ran (its query log), other than transaction control. */
async function statementsOf(c: TestClient, work: () => Promise<unknown>): Promise<{ result: unknown; statements: string[] }> {
  const from = c.queries.length;
  const result = await work();
  const statements = c.queries.slice(from).filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(q));
  return { result, statements };
}

const isUpsertStatement = (q: string): boolean => /ON CONFLICT|ON DUPLICATE KEY UPDATE/i.test(q);

databaseTest('an upsert on its one unique key inserts, then updates, in one statement (two on MySQL)', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'upsert_native' });
  try {
    const upsert = () => c.prisma.counter.upsert({ where: { key: 'home' }, create: { key: 'home', hits: 1 }, update: { hits: { increment: 1 } } });
    const first = await statementsOf(c, upsert);
    const created = first.result as { key: string; hits: number; note: string | null; updatedAt: Date };
    assert.deepEqual({ ...created, updatedAt: null }, { key: 'home', hits: 1, note: null, updatedAt: null });
    assert.equal(first.statements.length, db === 'mysql' ? 2 : 1, first.statements.join('\n'));
    assert.ok(isUpsertStatement(first.statements[0] ?? ''), first.statements.join('\n'));
    await new Promise((r) => setTimeout(r, 1100));
    const second = await statementsOf(c, upsert);
    const updated = second.result as typeof created;
    assert.equal(updated.hits, 2);
    assert.ok(updated.updatedAt.getTime() > created.updatedAt.getTime(), '@updatedAt moves on the update side');
    assert.equal(second.statements.length, db === 'mysql' ? 2 : 1);
    assert.deepEqual(await c.prisma.counter.findUnique({ where: { key: 'home' } }), updated);
    // select and an empty update (the row stays as it is, @updatedAt too)
    const same = await c.prisma.counter.upsert({ where: { key: 'home' }, create: { key: 'home' }, update: {}, select: { hits: true, updatedAt: true } });
    assert.deepEqual(same, { hits: 2, updatedAt: updated.updatedAt });
  } finally {
    await c.close();
  }
});

databaseTest('an upsert by one of several unique keys: native where the database names the key, P2002 on another key', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'upsert_keys' });
  try {
    const data = (email: string, handle: string) => ({ where: { email }, create: { email, handle, name: email }, update: { visits: { increment: 5 }, name: 'again' } });
    const inserted = await statementsOf(c, () => c.prisma.user.upsert(data('a@x', 'ha')));
    assert.deepEqual({ ...(inserted.result as Record<string, unknown>), updatedAt: null }, { id: 1, email: 'a@x', handle: 'ha', name: 'a@x', visits: 0, updatedAt: null });
    // MySQL's ON DUPLICATE KEY UPDATE would fire on `handle` too: there the upsert reads first.
    assert.equal(inserted.statements.some(isUpsertStatement), db !== 'mysql', inserted.statements.join('\n'));
    if (db !== 'mysql') assert.equal(inserted.statements.length, 1);
    const updated = await c.prisma.user.upsert({ ...data('a@x', 'ha'), select: { id: true, visits: true, name: true } });
    assert.deepEqual(updated, { id: 1, visits: 5, name: 'again' });
    await assert.rejects(c.prisma.user.upsert(data('b@x', 'ha')), (e: { code?: string }) => e.code === 'P2002');
    assert.equal(await c.prisma.user.count(), 1);
  } finally {
    await c.close();
  }
});

databaseTest('upserts outside the conditions take the read-then-write path with the same answers', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'upsert_fallback' });
  try {
    // A nested write in create.
    const nested = await statementsOf(c, () =>
      c.prisma.user.upsert({ where: { email: 'n@x' }, create: { email: 'n@x', handle: 'n', name: 'N', posts: { create: [{ title: 'p1' }] } }, update: { name: 'N2' }, include: { posts: { select: { title: true } } } }),
    );
    assert.equal(nested.statements.some(isUpsertStatement), false);
    assert.deepEqual((nested.result as { posts: unknown[] }).posts, [{ title: 'p1' }]);
    // A relation in the selection.
    const withPosts = await statementsOf(c, () => c.prisma.user.upsert({ where: { email: 'n@x' }, create: { email: 'n@x', handle: 'n', name: 'N' }, update: { name: 'N3' }, select: { name: true, posts: { select: { title: true } } } }));
    assert.equal(withPosts.statements.some(isUpsertStatement), false);
    assert.deepEqual(withPosts.result, { name: 'N3', posts: [{ title: 'p1' }] });
    // The key's value in create differs from where's.
    const differs = await statementsOf(c, () => c.prisma.counter.upsert({ where: { key: 'x' }, create: { key: 'y', hits: 7 }, update: { hits: 0 } }));
    assert.equal(differs.statements.some(isUpsertStatement), false);
    assert.equal((differs.result as { key: string }).key, 'y');
    // More than the unique key in where.
    const filtered = await statementsOf(c, () => c.prisma.counter.upsert({ where: { key: 'y', hits: 7 }, create: { key: 'y' }, update: { hits: { multiply: 2 } } }));
    assert.equal(filtered.statements.some(isUpsertStatement), false);
    assert.equal((filtered.result as { hits: number }).hits, 14);
  } finally {
    await c.close();
  }
});

databaseTest('a database upsert inside an interactive transaction rolls back with it', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'upsert_tx' });
  try {
    await assert.rejects(
      c.prisma.$transaction(async (tx: typeof c.prisma) => {
        await tx.counter.upsert({ where: { key: 't' }, create: { key: 't', hits: 3 }, update: { hits: { increment: 1 } } });
        throw new RangeError('stop');
      }),
      RangeError,
    );
    assert.equal(await c.prisma.counter.findUnique({ where: { key: 't' } }), null);
  } finally {
    await c.close();
  }
});
