import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

// To-one relations of plain columns are read by a LEFT JOIN at the top level (see joinsToOne); these
// check the joined answers equal what Prisma gives, on every database: missing rows, both sides of a
// one-to-one, select/omit inside the relation, types decoded from joined columns, and beside a to-many.
const SCHEMA = `
enum Tier {
  FREE
  PRO  @map("pro")
}

model Author {
  id      Int       @id @default(autoincrement())
  name    String
  tier    Tier      @default(FREE)
  joined  DateTime  @default(now())
  ok      Boolean   @default(true)
  profile Profile?
  books   Book[]
}

model Profile {
  id       Int     @id @default(autoincrement())
  bio      String?
  authorId Int     @unique
  author   Author  @relation(fields: [authorId], references: [id])
}

model Book {
  id       Int     @id @default(autoincrement())
  title    String
  price    Decimal @default(0)
  authorId Int?
  author   Author? @relation(fields: [authorId], references: [id])
}
`;

databaseTest('to-one includes read by a join: nulls, both sides, select and omit, decoded types', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'join_one' });
  try {
    const { prisma } = c;
    const when = new Date('2024-05-01T08:00:00.000Z');
    const ann = await prisma.author.create({ data: { name: 'Ann', tier: 'PRO', joined: when, profile: { create: { bio: null } } } });
    await prisma.author.create({ data: { name: 'Bob', ok: false, joined: when } });
    await prisma.book.create({ data: { title: 'Orphan', price: '1.50' } });
    await prisma.book.create({ data: { title: 'Owned', price: '2.25', author: { connect: { id: ann.id } } } });

    const books = await prisma.book.findMany({ orderBy: { id: 'asc' }, include: { author: true } });
    assert.equal(books[0].author, null);
    assert.deepEqual(books[1].author, { id: ann.id, name: 'Ann', tier: 'PRO', joined: when, ok: true });
    assert.equal(String(books[1].price), '2.25');

    const authors = await prisma.author.findMany({ orderBy: { id: 'asc' }, select: { name: true, profile: { select: { bio: true } }, books: { select: { title: true } } } });
    assert.deepEqual(authors, [
      { name: 'Ann', profile: { bio: null }, books: [{ title: 'Owned' }] },
      { name: 'Bob', profile: null, books: [] },
    ]);

    const profile = await prisma.profile.findFirst({ include: { author: { omit: { joined: true, tier: true } } } });
    assert.deepEqual(profile?.author, { id: ann.id, name: 'Ann', ok: true });

    // Inside a to-many relation's JSON, a to-one is joined too (and stays null without a match).
    const nested = await prisma.author.findMany({ orderBy: { id: 'asc' }, select: { name: true, books: { select: { title: true, author: { select: { name: true, tier: true } } } } } });
    assert.deepEqual(nested, [{ name: 'Ann', books: [{ title: 'Owned', author: { name: 'Ann', tier: 'PRO' } }] }, { name: 'Bob', books: [] }]);
    const deep = await prisma.profile.findMany({ select: { author: { select: { books: { include: { author: { omit: { joined: true } } } } } } } });
    assert.deepEqual(deep, [{ author: { books: [{ id: books[1].id, title: 'Owned', price: books[1].price, authorId: ann.id, author: { id: ann.id, name: 'Ann', tier: 'PRO', ok: true } }] } }]);

    // A page with an offset pages the base rows first; the join must still pair each row with its own author.
    const page = await prisma.book.findMany({ orderBy: { id: 'asc' }, skip: 1, take: 1, select: { title: true, author: { select: { name: true } } } });
    assert.deepEqual(page, [{ title: 'Owned', author: { name: 'Ann' } }]);
  } finally {
    await c.close();
  }
});
