/**
 * take / skip are bound parameters: every page of one query shape runs the same SQL text (one plan,
 * one prepared statement), gives the right rows, and a bad take/skip is still refused on every call.
 */
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Author {
  id    Int    @id
  name  String
  books Book[]
}

model Book {
  id       Int    @id
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])
}
`;

const AUTHORS = 12;

async function seed(prisma: { author: { create(args: unknown): Promise<unknown> } }): Promise<void> {
  for (let id = 1; id <= AUTHORS; id++) {
    const books = Array.from({ length: id % 4 }, (_, j) => ({ id: id * 10 + j, title: `b${id}-${j}` }));
    await prisma.author.create({ data: { id, name: `a${String(id).padStart(2, '0')}`, books: { create: books } } });
  }
}

/** The statements run since `from` that read the Author table (the page reads). */
function authorReads(queries: readonly string[], from: number): string[] {
  return queries.slice(from).filter((q) => /^SELECT/i.test(q) && /Author/.test(q));
}

databaseTest('every skip of one findMany shape runs the same statement and returns its page', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'paging' });
  try {
    await seed(c.prisma);
    const from = c.queries.length;
    for (let skip = 0; skip <= AUTHORS; skip++) {
      const page = (await c.prisma.author.findMany({ orderBy: { id: 'asc' }, skip, take: 5, select: { id: true } })) as { id: number }[];
      const expected = Array.from({ length: Math.max(0, Math.min(5, AUTHORS - skip)) }, (_, i) => skip + i + 1);
      assert.deepEqual(page.map((a) => a.id), expected, `skip ${skip}`);
    }
    const texts = new Set(authorReads(c.queries, from));
    assert.equal(texts.size, 1, `one statement text for every offset, got:\n${[...texts].join('\n')}`);
  } finally {
    await c.close();
  }
});

databaseTest('take values of one shape share a statement; a negative take is its own shape and reads backwards', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'paging_take' });
  try {
    await seed(c.prisma);
    const from = c.queries.length;
    for (const take of [1, 3, 0, 7]) {
      const rows = (await c.prisma.author.findMany({ orderBy: { id: 'asc' }, take, select: { id: true } })) as { id: number }[];
      assert.deepEqual(rows.map((a) => a.id), Array.from({ length: take }, (_, i) => i + 1), `take ${take}`);
    }
    assert.equal(new Set(authorReads(c.queries, from)).size, 1);
    const last = (await c.prisma.author.findMany({ orderBy: { id: 'asc' }, take: -2, select: { id: true } })) as { id: number }[];
    assert.deepEqual(last.map((a) => a.id), [AUTHORS - 1, AUTHORS]);
    const lastFromCursor = (await c.prisma.author.findMany({ orderBy: { id: 'asc' }, cursor: { id: 6 }, take: -3, skip: 1, select: { id: true } })) as { id: number }[];
    assert.deepEqual(lastFromCursor.map((a) => a.id), [3, 4, 5]);
    const afterCursor = (await c.prisma.author.findMany({ orderBy: { id: 'asc' }, cursor: { id: 6 }, take: 3, skip: 1, select: { id: true } })) as { id: number }[];
    assert.deepEqual(afterCursor.map((a) => a.id), [7, 8, 9]);
  } finally {
    await c.close();
  }
});

databaseTest('findFirst keeps LIMIT 1 under any take, and pages with a bound skip', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'paging_first' });
  try {
    await seed(c.prisma);
    const from = c.queries.length;
    for (const skip of [0, 4, 11, 12]) {
      const row = (await c.prisma.author.findFirst({ orderBy: { id: 'asc' }, skip, take: 5, select: { id: true } })) as { id: number } | null;
      assert.deepEqual(row, skip < AUTHORS ? { id: skip + 1 } : null, `skip ${skip}`);
    }
    assert.equal(new Set(authorReads(c.queries, from)).size, 1);
    assert.equal(await c.prisma.author.findFirst({ orderBy: { id: 'asc' }, take: 0 }), null);
    const backwards = (await c.prisma.author.findFirst({ orderBy: { id: 'asc' }, take: -4, select: { id: true } })) as { id: number };
    assert.deepEqual(backwards, { id: AUTHORS });
  } finally {
    await c.close();
  }
});

databaseTest('relation pages and relation take/skip are bound too', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'paging_rel' });
  try {
    await seed(c.prisma);
    const from = c.queries.length;
    for (let skip = 0; skip < 4; skip++) {
      const rows = (await c.prisma.author.findMany({
        orderBy: { id: 'asc' },
        skip: skip * 3,
        take: 3,
        select: { id: true, books: { orderBy: { id: 'desc' }, skip: 1, take: skip, select: { id: true } } },
      })) as { id: number; books: { id: number }[] }[];
      const expected = Array.from({ length: 3 }, (_, i) => {
        const id = skip * 3 + i + 1;
        const all = Array.from({ length: id % 4 }, (_, j) => id * 10 + j).reverse();
        return { id, books: all.slice(1, 1 + skip).map((b) => ({ id: b })) };
      });
      assert.deepEqual(rows, expected, `page ${skip}`);
    }
    assert.equal(new Set(authorReads(c.queries, from)).size, 1);
  } finally {
    await c.close();
  }
});

databaseTest('distinct pages in memory with each call\'s own take and skip', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'paging_distinct' });
  try {
    await seed(c.prisma);
    const read = async (skip: number, take: number): Promise<number[]> =>
      ((await c.prisma.book.findMany({ distinct: ['authorId'], orderBy: { id: 'asc' }, skip, take, select: { authorId: true } })) as { authorId: number }[]).map((b) => b.authorId);
    assert.deepEqual(await read(0, 2), [1, 2]);
    assert.deepEqual(await read(2, 3), [3, 5, 6]);
  } finally {
    await c.close();
  }
});

databaseTest('a bad take or skip is refused on a cached shape, naming the argument', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'paging_bad' });
  try {
    await seed(c.prisma);
    await c.prisma.author.findMany({ orderBy: { id: 'asc' }, skip: 2, take: 2 });
    await assert.rejects(c.prisma.author.findMany({ orderBy: { id: 'asc' }, skip: -1, take: 2 }), (e: Error) => e.name === 'PrismaClientValidationError' && /skip/.test(e.message));
    await assert.rejects(c.prisma.author.findMany({ orderBy: { id: 'asc' }, skip: 1.5, take: 2 }), (e: Error) => e.name === 'PrismaClientValidationError' && /skip/.test(e.message));
    await assert.rejects(c.prisma.author.findMany({ orderBy: { id: 'asc' }, skip: 2, take: 2.5 }), (e: Error) => e.name === 'PrismaClientValidationError' && /take/.test(e.message));
    await assert.rejects(c.prisma.author.findMany({ orderBy: { id: 'asc' }, select: { books: { take: 1.5 } }, take: 1 }), (e: Error) => e.name === 'PrismaClientValidationError' && /take/.test(e.message));
    await c.prisma.author.findMany({ orderBy: { id: 'asc' }, select: { books: { take: 1 } }, take: 1 });
    await assert.rejects(c.prisma.author.findMany({ orderBy: { id: 'asc' }, select: { books: { take: 1.5 } }, take: 1 }), (e: Error) => e.name === 'PrismaClientValidationError' && /take/.test(e.message));
  } finally {
    await c.close();
  }
});
