/**
 * Int parameters: SQLite binds them as JS numbers (better-sqlite3 binds a number as REAL), so every
 * place an Int meets SQL must still behave as an integer: atomic arithmetic on Int columns, LIMIT /
 * OFFSET (top-level and nested), equality and IN filters, and the stored type.
 */
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Post {
  id       Int       @id @default(autoincrement())
  title    String
  views    Int       @default(0)
  comments Comment[]
}

model Comment {
  id     Int    @id @default(autoincrement())
  postId Int
  post   Post   @relation(fields: [postId], references: [id])
  body   String
}
`;

databaseTest('atomic divide and multiply on an Int field stay integer: 7 / 4 is 1', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'int_params' });
  try {
    const post = await c.prisma.post.create({ data: { title: 'a', views: 7 } });
    const divided = await c.prisma.post.update({ where: { id: post.id }, data: { views: { divide: 4 } } });
    assert.equal(divided.views, 1);
    const multiplied = await c.prisma.post.update({ where: { id: post.id }, data: { views: { multiply: 3 } } });
    assert.equal(multiplied.views, 3);
    const incremented = await c.prisma.post.update({ where: { id: post.id }, data: { views: { increment: 4 } } });
    assert.equal((await c.prisma.post.update({ where: { id: post.id }, data: { views: { divide: 2 } } })).views, 3);
    assert.equal(incremented.views, 7);
    // updateMany and upsert take the same arithmetic.
    await c.prisma.post.updateMany({ where: { id: post.id }, data: { views: { divide: 2 } } });
    const upserted = await c.prisma.post.upsert({ where: { id: post.id }, create: { id: post.id, title: 'a' }, update: { views: { divide: 2 } } });
    assert.equal(upserted.views, 0);
    await c.prisma.post.update({ where: { id: post.id }, data: { views: 7 } });
    if (db === 'sqlite') {
      // The column holds an INTEGER, not a REAL 7.0, after a write bound from a JS number.
      assert.deepEqual(await c.prisma.$queryRawUnsafe('SELECT typeof(views) AS t FROM Post'), [{ t: 'integer' }]);
    }
  } finally {
    await c.close();
  }
}, { only: ['sqlite', 'postgresql'] });

databaseTest('Int parameters in LIMIT / OFFSET, equality and IN filters', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'int_page' });
  try {
    for (let i = 1; i <= 5; i++) {
      await c.prisma.post.create({ data: { title: `p${i}`, views: i * 10, comments: { create: [{ body: 'x' }, { body: 'y' }, { body: 'z' }] } } });
    }
    const page = await c.prisma.post.findMany({ orderBy: { id: 'asc' }, skip: 1, take: 2, select: { title: true } });
    assert.deepEqual(page, [{ title: 'p2' }, { title: 'p3' }]);
    const again = await c.prisma.post.findMany({ orderBy: { id: 'asc' }, skip: 3, take: 5, select: { title: true } });
    assert.deepEqual(again, [{ title: 'p4' }, { title: 'p5' }]);
    const nested = await c.prisma.post.findFirst({ where: { views: 30 }, select: { title: true, comments: { orderBy: { id: 'asc' }, skip: 1, take: 1, select: { body: true } } } });
    assert.deepEqual(nested, { title: 'p3', comments: [{ body: 'y' }] });
    assert.equal(await c.prisma.post.count({ where: { views: { in: [10, 50] } } }), 2);
    assert.equal(await c.prisma.post.count({ where: { views: { gte: 20, lt: 40 } } }), 2);
    assert.deepEqual(await c.prisma.post.findUnique({ where: { id: 2 }, select: { views: true } }), { views: 20 });
    assert.equal(typeof (await c.prisma.post.findUnique({ where: { id: 2 } })).views, 'number');
  } finally {
    await c.close();
  }
});
