/**
 * Single-statement writes compiled once per call shape: a later call of the same shape re-binds its
 * own values, still validates them (same errors as a first call), and gets fresh client-side defaults
 * (uuid(), now(), @updatedAt) rather than the first call's.
 */
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
enum Level {
  LOW  @map("low")
  HIGH @map("high")
}

model Note {
  id        String   @id @default(uuid())
  slug      String   @unique
  body      String
  rank      Int      @default(0)
  level     Level    @default(LOW)
  createdAt DateTime @default(now())
  updatedAt DateTime @updatedAt
  parts     Part[]
}

model Part {
  id     Int    @id @default(autoincrement())
  noteId String
  note   Note   @relation(fields: [noteId], references: [id], onDelete: Cascade)
}
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function messageOf(error: unknown): string {
  return String((error as { message?: string }).message ?? error).replace(/\s+/g, ' ');
}

async function failure(work: () => Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await work();
  } catch (error) {
    return { code: (error as { code?: unknown }).code, message: messageOf(error) };
  }
  throw new assert.AssertionError({ message: 'expected the call to fail' });
}

databaseTest('creates of one shape get fresh uuid(), now() and @updatedAt values', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'wplan_create' });
  try {
    const a = await c.prisma.note.create({ data: { slug: 'a', body: 'A' } });
    await sleep(5);
    const b = await c.prisma.note.create({ data: { slug: 'b', body: 'B' } });
    await sleep(5);
    const d = await c.prisma.note.create({ data: { slug: 'd', body: 'D', level: 'HIGH' } });
    assert.notEqual(a.id, b.id);
    assert.match(b.id, /^[0-9a-f-]{36}$/);
    assert.ok(b.createdAt.getTime() > a.createdAt.getTime(), 'now() is taken per call');
    assert.ok(d.createdAt.getTime() > b.createdAt.getTime());
    // One instant per row: now() and @updatedAt of a new row are equal.
    assert.equal(b.createdAt.getTime(), b.updatedAt.getTime());
    assert.deepEqual([a.slug, a.body, a.rank, a.level, b.slug, b.level, d.level], ['a', 'A', 0, 'LOW', 'b', 'LOW', 'HIGH']);
    // The same statement text served all three.
    const inserts = c.queries.filter((q) => q.startsWith('INSERT'));
    assert.equal(new Set(inserts.slice(0, 2)).size, 1);
    assert.equal((await c.prisma.note.findUnique({ where: { slug: 'd' } })).level, 'HIGH');
  } finally {
    await c.close();
  }
});

databaseTest('a cached write still validates each call\'s values with the same errors', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'wplan_check' });
  try {
    // Each bad value has the kind of a good one (a number for an Int, a string for an enum or a
    // DateTime), so after a good call the bad call runs on the cached plan: its slots check it.
    const badCreate = () => c.prisma.note.create({ data: { slug: 'x', body: 'X', rank: 1.5 } });
    const badUpdate = () => c.prisma.note.update({ where: { slug: 'a' }, data: { rank: 1.5 } });
    const badEnum = () => c.prisma.note.update({ where: { slug: 'a' }, data: { level: 'MIDDLE' } });
    const badDate = () => c.prisma.note.update({ where: { slug: 'a' }, data: { createdAt: 'yesterday' } });
    const first = [await failure(badCreate), await failure(badUpdate), await failure(badEnum), await failure(badDate)];
    await c.prisma.note.create({ data: { slug: 'a', body: 'A', rank: 1 } });
    await c.prisma.note.update({ where: { slug: 'a' }, data: { rank: 2 } });
    await c.prisma.note.update({ where: { slug: 'a' }, data: { level: 'HIGH' } });
    await c.prisma.note.update({ where: { slug: 'a' }, data: { createdAt: '2024-01-01T00:00:00Z' } });
    const again = [await failure(badCreate), await failure(badUpdate), await failure(badEnum), await failure(badDate)];
    assert.deepEqual(again, first);
    for (const f of first) assert.match(f.message, /Invalid value|Expected/);
    // An Int out of range and a null for a required field fail on a cached shape too.
    assert.match((await failure(() => c.prisma.note.update({ where: { slug: 'a' }, data: { rank: 2 ** 40 } }))).message, /32-bit/);
    assert.match((await failure(() => c.prisma.note.update({ where: { slug: 'a' }, data: { body: null } }))).message, /must not be null/);
    // Nothing changed by the failed calls; a missing row is P2025 on a cached shape.
    assert.deepEqual(await c.prisma.note.findUnique({ where: { slug: 'a' }, select: { rank: true, level: true } }), { rank: 2, level: 'HIGH' });
    assert.equal((await failure(() => c.prisma.note.update({ where: { slug: 'nope' }, data: { rank: 3 } }))).code, 'P2025');
    assert.equal((await failure(() => c.prisma.note.delete({ where: { slug: 'nope' } }))).code, 'P2025');
    // A unique violation on a cached create is still P2002.
    await c.prisma.note.create({ data: { slug: 'dup', body: 'A', rank: 1 } });
    assert.equal((await failure(() => c.prisma.note.create({ data: { slug: 'dup', body: 'A', rank: 1 } }))).code, 'P2002');
  } finally {
    await c.close();
  }
});

databaseTest('cached updates re-bind values, take @updatedAt per call, and apply atomic operations', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'wplan_update' });
  try {
    await c.prisma.note.create({ data: { slug: 'a', body: 'A' } });
    await c.prisma.note.create({ data: { slug: 'b', body: 'B' } });
    const one = await c.prisma.note.update({ where: { slug: 'a' }, data: { body: 'A1' }, select: { body: true, updatedAt: true } });
    await sleep(5);
    const two = await c.prisma.note.update({ where: { slug: 'b' }, data: { body: 'B1' }, select: { body: true, updatedAt: true } });
    assert.equal(one.body, 'A1');
    assert.equal(two.body, 'B1');
    assert.ok(two.updatedAt.getTime() > one.updatedAt.getTime(), '@updatedAt is taken per call');
    for (const n of [3, 4]) await c.prisma.note.update({ where: { slug: 'a' }, data: { rank: { increment: n } } });
    assert.equal((await c.prisma.note.update({ where: { slug: 'a' }, data: { rank: { increment: 10 } }, omit: { body: true } })).rank, 17);
    const picked = await c.prisma.note.delete({ where: { slug: 'b' }, select: { slug: true, level: true } });
    assert.deepEqual(picked, { slug: 'b', level: 'LOW' });
    // A selection with a relation takes the general path and still answers with it.
    const withParts = await c.prisma.note.update({ where: { slug: 'a' }, data: { rank: 0 }, include: { parts: true } });
    assert.deepEqual([withParts.rank, withParts.parts], [0, []]);
  } finally {
    await c.close();
  }
});

databaseTest('cached upserts create then update, with fresh defaults and checked values', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'wplan_upsert' });
  try {
    const upsert = (slug: string, body: string, level = 'LOW') => c.prisma.note.upsert({ where: { slug }, create: { slug, body, level }, update: { body, rank: { increment: 1 } } });
    const badFirst = await failure(() => upsert('x', 'X', 'MIDDLE'));
    const a = await upsert('a', 'A');
    await sleep(5);
    const b = await upsert('b', 'B');
    const a2 = await upsert('a', 'A2');
    assert.notEqual(a.id, b.id);
    assert.ok(b.createdAt.getTime() > a.createdAt.getTime());
    assert.deepEqual([a.rank, a2.rank, a2.body, a2.id], [0, 1, 'A2', a.id]);
    assert.ok(a2.updatedAt.getTime() > a.updatedAt.getTime(), '@updatedAt is taken per call');
    assert.deepEqual(await failure(() => upsert('x', 'X', 'MIDDLE')), badFirst);
    // A create whose key differs from the where's is not a database upsert: the general path answers.
    const moved = await c.prisma.note.upsert({ where: { slug: 'c' }, create: { slug: 'c2', body: 'C' }, update: { body: 'C' } });
    assert.equal(moved.slug, 'c2');
    assert.equal(await c.prisma.note.count(), 3);
  } finally {
    await c.close();
  }
});
