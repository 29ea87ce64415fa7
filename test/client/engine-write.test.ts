import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOG, sqliteClient } from './engine-helpers.js';
import { databaseTest, testClient } from './databases.js';

databaseTest('nested create, update and delete at depth, in one transaction', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    const user = await prisma.user.create({
      data: {
        email: 'a@x.test',
        profile: { create: { bio: 'x' } },
        posts: { create: [{ title: 'P1', tags: { connectOrCreate: { where: { name: 'orm' }, create: { name: 'orm' } } } }, { title: 'P2' }] },
      },
      include: { profile: true, posts: { orderBy: { id: 'asc' }, include: { tags: true } } },
    });
    assert.equal(user.profile.bio, 'x');
    assert.deepEqual(user.posts.map((p: { title: string; tags: unknown[] }) => [p.title, p.tags.length]), [['P1', 1], ['P2', 0]]);
    assert.ok(user.createdAt instanceof Date && user.updatedAt instanceof Date);
    assert.equal(user.createdAt.getTime(), user.updatedAt.getTime(), 'one instant for now() and @updatedAt');

    const updated = await prisma.user.update({
      where: { id: user.id },
      data: {
        name: 'A',
        karma: { increment: 5n },
        profile: { update: { bio: 'y' } },
        posts: { update: { where: { id: 1 }, data: { views: { increment: 3 }, tags: { set: [] } } }, deleteMany: { title: 'P2' }, create: { title: 'P3' } },
      },
      select: { name: true, karma: true, profile: { select: { bio: true } }, posts: { orderBy: { id: 'asc' }, select: { title: true, views: true, tags: true } } },
    });
    assert.deepEqual(updated, { name: 'A', karma: 5n, profile: { bio: 'y' }, posts: [{ title: 'P1', views: 3, tags: [] }, { title: 'P3', views: 0, tags: [] }] });

    // A failing nested write rolls the whole call back.
    await assert.rejects(
      prisma.user.update({ where: { id: 1 }, data: { name: 'changed', posts: { create: { title: 'X', tags: { connect: { name: 'missing' } } } } } }),
      (e: Error & { code?: string }) => e.code === 'P2025',
    );
    const after = await prisma.user.findUnique({ where: { id: 1 }, select: { name: true, _count: { select: { posts: true } } } });
    assert.deepEqual(after, { name: 'A', _count: { posts: 2 } });
  } finally {
    await c.close();
  }
});

databaseTest('updateMany / deleteMany with limit, createManyAndReturn, upsert, unique violation P2002', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma, Prisma } = c;
    const data = [{ title: 'a', rating: new Prisma.Decimal('1.5') }, { title: 'b' }, { title: 'c' }];
    // MySQL has no RETURNING: createManyAndReturn is a validation error there, as in Prisma.
    if (db === 'mysql') {
      await assert.rejects(prisma.post.createManyAndReturn({ data }), (e: Error) => e.name === 'PrismaClientValidationError');
      await prisma.post.createMany({ data });
    }
    const created = db === 'mysql'
      ? await prisma.post.findMany({ orderBy: { id: 'asc' }, select: { id: true, rating: true } })
      : await prisma.post.createManyAndReturn({ data, select: { id: true, rating: true } });
    assert.deepEqual(created.map((p: { id: number }) => p.id), [1, 2, 3]);
    assert.equal(created[0].rating.toString(), '1.5');
    assert.deepEqual(await prisma.post.updateMany({ data: { views: 7 }, limit: 2 }), { count: 2 });
    assert.equal(await prisma.post.count({ where: { views: 7 } }), 2);
    assert.deepEqual(await prisma.post.deleteMany({ where: { views: 7 }, limit: 1 }), { count: 1 });
    const up1 = await prisma.tag.upsert({ where: { name: 't' }, create: { name: 't' }, update: {} });
    const up2 = await prisma.tag.upsert({ where: { name: 't' }, create: { name: 'never' }, update: { name: 't2' } });
    assert.deepEqual([up1.name, up2.name, up1.id === up2.id], ['t', 't2', true]);
    await assert.rejects(prisma.tag.create({ data: { name: 't2' } }), (e: Error & { code?: string }) => e.name === 'PrismaClientKnownRequestError' && e.code === 'P2002');
    await assert.rejects(prisma.post.create({ data: {} }), (e: Error) => e.name === 'PrismaClientValidationError' && e.message.includes('data.title'));
  } finally {
    await c.close();
  }
});

databaseTest('createMany: one statement per run of same-shaped rows, input order kept, chunked under the parameter limit', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    const data = [{ email: 'a', settings: { x: 1 } }, { email: 'b' }, { email: 'c', settings: [] }];
    c.queries.length = 0;
    assert.deepEqual(await prisma.user.createMany({ data }), { count: 3 });
    assert.deepEqual((await prisma.user.findMany({ orderBy: { id: 'asc' }, select: { email: true } })).map((u: { email: string }) => u.email), ['a', 'b', 'c']);
    const many = Array.from({ length: 9000 }, (_, i) => ({ title: `t${i}` }));
    c.queries.length = 0;
    assert.deepEqual(await prisma.post.createMany({ data: many }), { count: 9000 });
    const inserts = c.queries.filter((q) => q.startsWith('INSERT'));
    // SQLite binds at most 32766 parameters per statement: 9000 rows need chunks there.
    assert.ok(inserts.length >= (db === 'sqlite' ? 2 : 1) && inserts.length <= 5, `${inserts.length} INSERT statements`);
    assert.equal(await prisma.post.count(), 9000);
  } finally {
    await c.close();
  }
});

databaseTest('a required relation cannot be emptied: P2014', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    await prisma.user.create({ data: { email: 'a@x.test', profile: { create: { bio: 'one' } } } });
    await prisma.user.create({ data: { email: 'b@x.test', profile: { create: { bio: 'two' } } } });
    // Moving profile 2 to user 1 would leave user 1's own profile without a user (userId is required).
    await assert.rejects(prisma.user.update({ where: { id: 1 }, data: { profile: { connect: { id: 2 } } } }), (e: Error & { code?: string }) => e.code === 'P2014');
    assert.deepEqual(await prisma.profile.findMany({ orderBy: { id: 'asc' }, select: { userId: true } }), [{ userId: 1 }, { userId: 2 }]);
    // A nested create of a second profile would orphan the first one: P2014 as well.
    await assert.rejects(prisma.user.update({ where: { id: 1 }, data: { profile: { create: { bio: 'again' } } } }), (e: Error & { code?: string }) => e.code === 'P2014');
    // Connecting the profile it already has is fine.
    const same = await prisma.user.update({ where: { id: 1 }, data: { profile: { connect: { id: 1 } } }, select: { profile: { select: { bio: true } } } });
    assert.deepEqual(same, { profile: { bio: 'one' } });
  } finally {
    await c.close();
  }
});

databaseTest('aggregate and groupBy', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    for (const [title, views, authorId] of [['a', 1, null], ['b', 2, null], ['c', 10, null]] as const) await prisma.post.create({ data: { title, views, authorId } });
    const agg = await prisma.post.aggregate({ _count: { _all: true }, _sum: { views: true }, _avg: { views: true }, _max: { title: true } });
    // MySQL's AVG of an INT has four decimals (Prisma 7 on MySQL returns 4.3333).
    assert.deepEqual(agg, { _count: { _all: 3 }, _sum: { views: 13 }, _avg: { views: db === 'mysql' ? 4.3333 : 13 / 3 }, _max: { title: 'c' } });
    const groups = await prisma.post.groupBy({ by: ['authorId'], _count: true, having: { views: { _sum: { gt: 5 } } } });
    assert.deepEqual(groups, [{ authorId: null, _count: 3 }]);
  } finally {
    await c.close();
  }
});

databaseTest('count with distinct counts the distinct rows', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { prisma } = c;
    await prisma.post.createMany({ data: [{ title: 'a', views: 1 }, { title: 'b', views: 1 }, { title: 'c', views: 2 }] });
    assert.equal(await prisma.post.count({ distinct: ['views'] }), 2);
    assert.equal(await prisma.post.count({ distinct: ['views'], where: { title: { not: 'c' } } }), 1);
    assert.deepEqual(await prisma.post.count({ distinct: ['views'], select: { _all: true, authorId: true } }), { _all: 2, authorId: 0 });
  } finally {
    await c.close();
  }
});

test('SQLite: a scalar update / a delete answered with scalars is one statement with RETURNING; a miss is still P2025', async () => {
  const c = await sqliteClient(BLOG);
  try {
    const { prisma } = c;
    await prisma.post.create({ data: { title: 'a', views: 15 } });
    c.queries.length = 0;
    const updated = await prisma.post.update({ where: { id: 1 }, data: { views: { divide: 4 }, title: 'b' }, select: { title: true, views: true } });
    assert.deepEqual(updated, { title: 'b', views: 3 });
    assert.deepEqual(c.queries.map((q) => q.split(' ')[0]), ['UPDATE']);
    await assert.rejects(prisma.post.update({ where: { id: 1, title: 'zzz' }, data: { views: 1 } }), (e: Error & { code?: string }) => e.code === 'P2025');
    assert.equal((await prisma.post.findUnique({ where: { id: 1 } })).views, 3);
    c.queries.length = 0;
    assert.deepEqual(await prisma.post.delete({ where: { id: 1 }, select: { title: true } }), { title: 'b' });
    assert.deepEqual(c.queries.map((q) => q.split(' ')[0]), ['DELETE']);
    await assert.rejects(prisma.post.delete({ where: { id: 1 } }), (e: Error & { code?: string }) => e.code === 'P2025');
    // Scalar-only children of a one-to-many nested create share one multi-row INSERT.
    c.queries.length = 0;
    const user = await prisma.user.create({ data: { email: 'n@x.test', posts: { create: [{ title: 'p1' }, { title: 'p2', views: 2 }, { title: 'p3' }] } }, include: { posts: { orderBy: { id: 'asc' }, select: { title: true, authorId: true } } } });
    assert.deepEqual(user.posts, [{ title: 'p1', authorId: user.id }, { title: 'p2', authorId: user.id }, { title: 'p3', authorId: user.id }]);
    assert.equal(c.queries.filter((q) => q.startsWith('INSERT')).length, 2);
  } finally {
    await c.close();
  }
});
