/**
 * create / update / delete without nested writes or selected relations run the fewest statements the
 * database allows (one with RETURNING; on MySQL the write and one read), with the same answers.
 */
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';
import type { TestClient } from './databases.js';

const SCHEMA = `
model Item {
  id        Int      @id @default(autoincrement())
  sku       String   @unique
  name      String
  stock     Int      @default(0)
  updatedAt DateTime @updatedAt
  tags      Tag[]
}

model Tag {
  id     Int    @id @default(autoincrement())
  label  String
  itemId Int
  item   Item   @relation(fields: [itemId], references: [id], onDelete: Cascade)
}
`;

async function counted(c: TestClient, work: () => Promise<unknown>): Promise<{ result: unknown; count: number }> {
  const from = c.queries.length;
  const result = await work();
  return { result, count: c.queries.length - from };
}

databaseTest('scalar create, update and delete: one statement with RETURNING, two on MySQL', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'write_stmts' });
  try {
    const most = db === 'mysql' ? 2 : 1;
    const created = await counted(c, () => c.prisma.item.create({ data: { sku: 'a', name: 'A', stock: 3 }, select: { id: true, sku: true, stock: true } }));
    assert.deepEqual(created.result, { id: 1, sku: 'a', stock: 3 });
    assert.equal(created.count, most);
    const updated = await counted(c, () => c.prisma.item.update({ where: { sku: 'a' }, data: { stock: { increment: 2 }, name: 'A2' }, omit: { updatedAt: true } }));
    assert.deepEqual(updated.result, { id: 1, sku: 'a', name: 'A2', stock: 5 });
    assert.equal(updated.count, most);
    // The where's own field changes: MySQL cannot read the row back by it, so it reads first (same answer).
    const moved = await c.prisma.item.update({ where: { sku: 'a' }, data: { sku: 'b' }, select: { sku: true, stock: true } });
    assert.deepEqual(moved, { sku: 'b', stock: 5 });
    await assert.rejects(c.prisma.item.update({ where: { sku: 'missing' }, data: { stock: 1 } }), (e: { code?: string }) => e.code === 'P2025');
    const deleted = await counted(c, () => c.prisma.item.delete({ where: { sku: 'b' }, select: { name: true, stock: true } }));
    assert.deepEqual(deleted.result, { name: 'A2', stock: 5 });
    assert.equal(deleted.count, most);
    await assert.rejects(c.prisma.item.delete({ where: { sku: 'b' } }), (e: { code?: string }) => e.code === 'P2025');
    assert.equal(await c.prisma.item.count(), 0);
  } finally {
    await c.close();
  }
});

databaseTest('writes with relations in the selection still answer with them', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'write_rel' });
  try {
    const created = await c.prisma.item.create({ data: { sku: 'r', name: 'R', tags: { create: [{ label: 'x' }] } }, select: { sku: true, tags: { select: { label: true } } } });
    assert.deepEqual(created, { sku: 'r', tags: [{ label: 'x' }] });
    const updated = await c.prisma.item.update({ where: { sku: 'r' }, data: { stock: 9 }, select: { stock: true, tags: { select: { label: true } } } });
    assert.deepEqual(updated, { stock: 9, tags: [{ label: 'x' }] });
    const deleted = await c.prisma.item.delete({ where: { sku: 'r' }, select: { sku: true, tags: { select: { label: true } } } });
    assert.deepEqual(deleted, { sku: 'r', tags: [{ label: 'x' }] });
    assert.equal(await c.prisma.tag.count(), 0);
  } finally {
    await c.close();
  }
});
