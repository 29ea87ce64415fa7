// The data-modelling patterns of Prisma's reference, written as an application writes them, on every
// database: composite keys, two named relations between the same models, polymorphic comments, a
// self-referential tree by materialized path, tags many-to-many, and a money transfer in a
// Serializable interactive transaction that rolls back when the balance would go negative.
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Account {
  id       Int      @id @default(autoincrement())
  owner    String   @unique
  balance  Decimal  @default(0)
  sent     Transfer[] @relation("sent")
  received Transfer[] @relation("received")
}

model Transfer {
  id     Int     @id @default(autoincrement())
  amount Decimal
  fromId Int
  toId   Int
  from   Account @relation("sent", fields: [fromId], references: [id])
  to     Account @relation("received", fields: [toId], references: [id])
}

model Enrollment {
  studentId Int
  courseId  Int
  grade     String?
  @@id([studentId, courseId])
}

model Category {
  id       Int        @id @default(autoincrement())
  name     String
  path     String
  parentId Int?
  parent   Category?  @relation("tree", fields: [parentId], references: [id])
  children Category[] @relation("tree")
}

model Article {
  id    Int    @id @default(autoincrement())
  title String
  tags  Tag[]
}

model Video {
  id  Int    @id @default(autoincrement())
  url String
}

model Tag {
  id       Int       @id @default(autoincrement())
  name     String    @unique
  articles Article[]
}

model Comment {
  id              Int    @id @default(autoincrement())
  body            String
  commentableType String
  commentableId   Int
  @@index([commentableType, commentableId])
}
`;

class InsufficientFunds extends Error {
  override readonly name = 'InsufficientFunds';
}

databaseTest('composite keys: create, find and update by the compound id, duplicates are P2002', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'pat_ck' });
  try {
    const { prisma } = c;
    await prisma.enrollment.create({ data: { studentId: 1, courseId: 7 } });
    const updated = await prisma.enrollment.update({ where: { studentId_courseId: { studentId: 1, courseId: 7 } }, data: { grade: 'A' } });
    assert.deepEqual(updated, { studentId: 1, courseId: 7, grade: 'A' });
    await assert.rejects(prisma.enrollment.create({ data: { studentId: 1, courseId: 7 } }), (e: { code?: string }) => e.code === 'P2002');
  } finally {
    await c.close();
  }
});

databaseTest('two named relations between the same models, and a transfer that rolls back on insufficient funds', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'pat_tx' });
  try {
    const { prisma, Prisma } = c;
    const alice = await prisma.account.create({ data: { owner: 'alice', balance: new Prisma.Decimal('100.50') } });
    const bob = await prisma.account.create({ data: { owner: 'bob' } });
    const transfer = (amount: string) =>
      prisma.$transaction(
        async (tx: typeof prisma) => {
          const from = await tx.account.update({ where: { id: alice.id }, data: { balance: { decrement: new Prisma.Decimal(amount) } } });
          if (from.balance.isNegative()) throw new InsufficientFunds(`alice cannot send ${amount}`);
          await tx.account.update({ where: { id: bob.id }, data: { balance: { increment: new Prisma.Decimal(amount) } } });
          return tx.transfer.create({ data: { amount: new Prisma.Decimal(amount), from: { connect: { id: alice.id } }, to: { connect: { id: bob.id } } } });
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
      );
    await transfer('40.25');
    await assert.rejects(transfer('1000'), InsufficientFunds);
    const accounts = await prisma.account.findMany({ orderBy: { owner: 'asc' }, include: { sent: true, received: true } });
    assert.deepEqual(accounts.map((a: { owner: string; balance: { toString(): string } }) => [a.owner, a.balance.toString()]), [['alice', '60.25'], ['bob', '40.25']]);
    assert.equal(accounts[0].sent.length, 1, 'the rolled-back transfer left no row');
    assert.equal(accounts[1].received.length, 1);
    assert.equal(accounts[0].received.length, 0);
  } finally {
    await c.close();
  }
});

databaseTest('a tree by materialized path: a whole subtree with one startsWith, children through the self-relation', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'pat_tree' });
  try {
    const { prisma } = c;
    const root = await prisma.category.create({ data: { name: 'Electronics', path: '/1/' } });
    const phones = await prisma.category.create({ data: { name: 'Phones', path: `${root.path}2/`, parent: { connect: { id: root.id } } } });
    await prisma.category.create({ data: { name: 'Android', path: `${phones.path}3/`, parentId: phones.id } });
    await prisma.category.create({ data: { name: 'Books', path: '/4/' } });
    const subtree = await prisma.category.findMany({ where: { path: { startsWith: phones.path } }, orderBy: { path: 'asc' }, select: { name: true } });
    assert.deepEqual(subtree, [{ name: 'Phones' }, { name: 'Android' }]);
    const withChildren = await prisma.category.findUnique({ where: { id: root.id }, include: { children: { include: { children: true } } } });
    assert.equal(withChildren.children[0].name, 'Phones');
    assert.equal(withChildren.children[0].children[0].name, 'Android');
  } finally {
    await c.close();
  }
});

databaseTest('polymorphic comments by type and id, and tags many-to-many (connectOrCreate, some, set)', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'pat_poly' });
  try {
    const { prisma } = c;
    const article = await prisma.article.create({ data: { title: 'Joins', tags: { connectOrCreate: [{ where: { name: 'sql' }, create: { name: 'sql' } }] } } });
    const video = await prisma.video.create({ data: { url: 'https://example.com/v' } });
    await prisma.comment.createMany({
      data: [
        { body: 'nice article', commentableType: 'Article', commentableId: article.id },
        { body: 'nice video', commentableType: 'Video', commentableId: video.id },
        { body: 'more please', commentableType: 'Article', commentableId: article.id },
      ],
    });
    const onArticle = await prisma.comment.findMany({ where: { commentableType: 'Article', commentableId: article.id }, orderBy: { id: 'asc' }, select: { body: true } });
    assert.deepEqual(onArticle, [{ body: 'nice article' }, { body: 'more please' }]);
    await prisma.article.create({ data: { title: 'Indexes', tags: { connectOrCreate: [{ where: { name: 'sql' }, create: { name: 'sql' } }, { where: { name: 'perf' }, create: { name: 'perf' } }] } } });
    assert.equal(await prisma.tag.count(), 2, 'connectOrCreate reused the existing tag');
    const tagged = await prisma.article.findMany({ where: { tags: { some: { name: 'perf' } } }, select: { title: true } });
    assert.deepEqual(tagged, [{ title: 'Indexes' }]);
    await prisma.article.update({ where: { id: article.id }, data: { tags: { set: [] } } });
    const sql = await prisma.tag.findUnique({ where: { name: 'sql' }, include: { articles: { select: { title: true } } } });
    assert.deepEqual(sql.articles, [{ title: 'Indexes' }]);
  } finally {
    await c.close();
  }
});
