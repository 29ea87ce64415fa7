import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOG, sqliteClient } from './engine-helpers.js';
import { databaseTest, testClient } from './databases.js';

databaseTest('batch transaction: results in order, a failure rolls everything back', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    const results = await prisma.$transaction([prisma.tag.create({ data: { name: 'a' } }), prisma.tag.count()]);
    assert.equal(results[1], 1);
    await assert.rejects(prisma.$transaction([prisma.tag.create({ data: { name: 'b' } }), prisma.tag.create({ data: { name: 'a' } })]), (e: Error & { code?: string; batchRequestIdx?: number }) => e.code === 'P2002' && e.batchRequestIdx === 1);
    assert.deepEqual((await prisma.tag.findMany({ select: { name: true } })).map((t: { name: string }) => t.name), ['a']);
  } finally {
    await c.close();
  }
});

databaseTest('interactive transaction: commit, rollback on throw, timeout gives P2028', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    const value = await prisma.$transaction(async (tx: typeof prisma) => {
      await tx.tag.create({ data: { name: 'kept' } });
      return tx.tag.count();
    });
    assert.equal(value, 1);
    await assert.rejects(
      prisma.$transaction(async (tx: typeof prisma) => {
        await tx.tag.create({ data: { name: 'gone' } });
        throw new RangeError('stop');
      }),
      RangeError,
    );
    assert.equal(await prisma.tag.count(), 1);
    await assert.rejects(
      prisma.$transaction(async (tx: typeof prisma) => {
        await tx.tag.create({ data: { name: 'slow' } });
        await new Promise((resolve) => setTimeout(resolve, 150));
        await tx.tag.count();
      }, { timeout: 50 }),
      (e: Error & { code?: string }) => e.code === 'P2028',
    );
    assert.equal(await prisma.tag.count(), 1);
    // A level the database does not have: SQLite has only Serializable, the servers have no Snapshot.
    const unsupported = db === 'sqlite' ? 'ReadCommitted' : 'Snapshot';
    await assert.rejects(prisma.$transaction(async () => 1, { isolationLevel: unsupported }), (e: Error & { code?: string }) => e.code === 'P2023');
  } finally {
    await c.close();
  }
});

test('SQLite: base-client calls made while an interactive transaction is open run inside it (and roll back with it)', async () => {
  const c = await sqliteClient(BLOG);
  try {
    const { prisma } = c;
    await assert.rejects(
      prisma.$transaction(async (tx: typeof prisma) => {
        await tx.tag.create({ data: { name: 'in-tx' } });
        await prisma.tag.create({ data: { name: 'base-client' } });
        assert.equal(await prisma.tag.count(), 2, 'the base client sees the open transaction');
        const raw = await tx.$queryRaw`SELECT COUNT(*) AS n FROM "Tag"`;
        assert.equal(raw[0].n, 2n);
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal(await prisma.tag.count(), 0);
  } finally {
    await c.close();
  }
});
