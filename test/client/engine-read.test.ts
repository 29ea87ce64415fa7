import assert from 'node:assert/strict';
import { BLOG } from './engine-helpers.js';
import { databaseTest, testClient } from './databases.js';
import type { TestClient, TestDb } from './databases.js';

async function seeded(db: TestDb): Promise<TestClient> {
  const c = await testClient(db, BLOG);
  const { prisma } = c;
  await prisma.user.create({ data: { email: 'a@x.test', name: 'Ärger', role: 'ADMIN', karma: 9007199254740993n, profile: { create: { bio: 'hi' } } } });
  await prisma.user.create({ data: { email: 'b@x.test', name: 'bob' } });
  await prisma.user.create({ data: { email: 'c@x.test' } });
  await prisma.tag.create({ data: { name: 'orm' } });
  await prisma.tag.create({ data: { name: 'sql' } });
  await prisma.post.create({ data: { title: 'One', views: 10, authorId: 1, data: new Uint8Array([0, 255]), tags: { connect: [{ id: 1 }, { id: 2 }] } } });
  await prisma.post.create({ data: { title: 'Two', views: 20, authorId: 1, rating: new c.Prisma.Decimal('2.5'), tags: { connect: { name: 'sql' } } } });
  await prisma.post.create({ data: { title: 'Three', views: 30, authorId: 2 } });
  c.queries.length = 0;
  return c;
}

databaseTest('nested relations are read in one statement, with their own where/orderBy/take', async (db) => {
  const c = await seeded(db);
  try {
    const users = await c.prisma.user.findMany({
      orderBy: { id: 'asc' },
      select: {
        email: true,
        profile: { select: { bio: true } },
        posts: { where: { views: { gte: 10 } }, orderBy: { views: 'desc' }, take: 1, select: { title: true, data: true, tags: { orderBy: { name: 'asc' }, select: { name: true } } } },
        _count: { select: { posts: true } },
      },
    });
    assert.equal(c.queries.length, 1, `one statement, got ${c.queries.join('\n')}`);
    assert.deepEqual(users, [
      { email: 'a@x.test', profile: { bio: 'hi' }, posts: [{ title: 'Two', data: null, tags: [{ name: 'sql' }] }], _count: { posts: 2 } },
      { email: 'b@x.test', profile: null, posts: [{ title: 'Three', data: null, tags: [] }], _count: { posts: 1 } },
      { email: 'c@x.test', profile: null, posts: [], _count: { posts: 0 } },
    ]);
    const bytes = await c.prisma.post.findUnique({ where: { id: 1 }, select: { author: { select: { karma: true } }, data: true } });
    assert.equal(bytes.author.karma, 9007199254740993n, 'big integers survive JSON aggregation exactly');
    assert.deepEqual([...bytes.data], [0, 255]);
  } finally {
    await c.close();
  }
});

databaseTest('filters: insensitive mode folds Unicode on SQLite, relation filters, NOT, in', async (db) => {
  const c = await seeded(db);
  try {
    const ids = async (where: unknown) => (await c.prisma.user.findMany({ where, orderBy: { id: 'asc' }, select: { id: true } })).map((u: { id: number }) => u.id);
    assert.deepEqual(await ids({ name: { equals: 'ärger', mode: 'insensitive' } }), [1]);
    // MySQL's utf8mb4_unicode_ci compares without case in the default mode too (as Prisma on MySQL).
    assert.deepEqual(await ids({ name: { equals: 'ärger' } }), db === 'mysql' ? [1] : []);
    assert.deepEqual(await ids({ name: { startsWith: 'BO', mode: 'insensitive' } }), [2]);
    assert.deepEqual(await ids({ posts: { some: { tags: { some: { name: 'orm' } } } } }), [1]);
    assert.deepEqual(await ids({ posts: { every: { views: { gt: 15 } } } }), [2, 3]);
    assert.deepEqual(await ids({ posts: { none: {} } }), [3]);
    assert.deepEqual(await ids({ NOT: [{ id: 1 }, { id: 3 }] }), [2]);
    assert.deepEqual(await ids({ id: { in: [] } }), []);
    assert.deepEqual(await ids({ profile: { isNot: null } }), [1]);
    // Empty conditions are no conditions (Prisma 7): `profile: {}` and `NOT: {}` keep every row.
    assert.deepEqual(await ids({ profile: {} }), [1, 2, 3]);
    assert.deepEqual(await ids({ profile: { is: {} } }), [1]);
    assert.deepEqual(await ids({ NOT: {} }), [1, 2, 3]);
    assert.deepEqual(await ids({ NOT: [{}, { id: 2 }] }), [1, 3]);
  } finally {
    await c.close();
  }
});

databaseTest('cursor pagination forwards and backwards, distinct, and a plan reused by shape', async (db) => {
  const c = await seeded(db);
  try {
    const page = async (args: object) => (await c.prisma.post.findMany({ select: { id: true }, orderBy: { id: 'asc' }, ...args })).map((p: { id: number }) => p.id);
    assert.deepEqual(await page({ cursor: { id: 2 }, take: 2 }), [2, 3]);
    assert.deepEqual(await page({ cursor: { id: 2 }, take: -2 }), [1, 2]);
    assert.deepEqual(await page({ cursor: { id: 2 }, skip: 1, take: 5 }), [3]);
    assert.deepEqual(await page({ take: -1 }), [3]);
    const authors = await c.prisma.post.findMany({ distinct: ['authorId'], orderBy: { id: 'desc' }, select: { id: true } });
    assert.deepEqual(authors, [{ id: 3 }, { id: 2 }]);
    // Same shape, other values: the cached statement is re-bound, not reused with stale values.
    const first = await c.prisma.post.findFirst({ where: { title: 'One' }, select: { id: true } });
    const second = await c.prisma.post.findFirst({ where: { title: 'Three' }, select: { id: true } });
    assert.deepEqual([first, second], [{ id: 1 }, { id: 3 }]);
    const titles = async (list: unknown[]) => (await c.prisma.post.findMany({ where: { title: { in: list } }, orderBy: { id: 'asc' }, select: { id: true } })).map((p: { id: number }) => p.id);
    assert.deepEqual(await titles([null, 'One']), [1]);
    assert.deepEqual(await titles([null, 'Three']), [3], 'items keep their own index when nulls are skipped');
    assert.equal((await c.prisma.user.findMany({ where: { role: 'ADMIN' } })).length, 1);
    await assert.rejects(c.prisma.user.findMany({ where: { role: 'OWNER' } }), (e: Error) => e.name === 'PrismaClientValidationError', 'cached statements still check values');
  } finally {
    await c.close();
  }
});

databaseTest('validation errors name the argument path', async (db) => {
  const c = await seeded(db);
  try {
    await assert.rejects(c.prisma.user.findMany({ where: { posts: { some: { nope: 1 } } } }), (e: Error) => e.name === 'PrismaClientValidationError' && e.message.includes('where.posts.some.nope'));
    await assert.rejects(c.prisma.user.findMany({ where: { id: 'x' } }), (e: Error) => e.name === 'PrismaClientValidationError' && e.message.includes('where.id'));
    await assert.rejects(c.prisma.user.findUnique({ where: { name: 'bob' } }), (e: Error) => e.name === 'PrismaClientValidationError');
    await assert.rejects(c.prisma.user.findUniqueOrThrow({ where: { id: 99 } }), (e: Error & { code?: string }) => e.code === 'P2025');
  } finally {
    await c.close();
  }
});

databaseTest('fluent API: relation methods on single-record calls, chained, null when the parent is missing', async (db) => {
  const c = await seeded(db);
  try {
    const posts = await c.prisma.user.findUnique({ where: { id: 1 } }).posts({ orderBy: { id: 'desc' }, select: { title: true } });
    assert.deepEqual(posts, [{ title: 'Two' }, { title: 'One' }]);
    const bio = await c.prisma.post.findFirst({ where: { title: 'One' } }).author().profile();
    assert.equal(bio.bio, 'hi');
    assert.equal(await c.prisma.user.findUnique({ where: { id: 99 } }).posts(), null);
  } finally {
    await c.close();
  }
});
