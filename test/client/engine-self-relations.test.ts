import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Person {
  id        Int      @id @default(autoincrement())
  name      String
  following Person[] @relation("Follows")
  followers Person[] @relation("Follows")
  parentId  Int?
  parent    Person?  @relation("Tree", fields: [parentId], references: [id])
  children  Person[] @relation("Tree")
}
`;

databaseTest('self relations: implicit many-to-many (A = the field sorting first) and a tree', async (db) => {
  const c = await testClient(db, SCHEMA);
  try {
    const { prisma } = c;
    await prisma.person.create({ data: { name: 'ann' } });
    await prisma.person.create({ data: { name: 'bob', parent: { connect: { id: 1 } }, following: { connect: { id: 1 } } } });
    await prisma.person.create({ data: { name: 'cid', parentId: 1, followers: { connect: [{ id: 1 }, { id: 2 }] } } });
    const people = await prisma.person.findMany({
      orderBy: { id: 'asc' },
      select: { name: true, following: { select: { name: true }, orderBy: { id: 'asc' } }, followers: { select: { name: true }, orderBy: { id: 'asc' } }, children: { select: { name: true } }, parent: { select: { name: true } } },
    });
    assert.deepEqual(people, [
      { name: 'ann', following: [{ name: 'cid' }], followers: [{ name: 'bob' }], children: [{ name: 'bob' }, { name: 'cid' }], parent: null },
      { name: 'bob', following: [{ name: 'ann' }, { name: 'cid' }], followers: [], children: [], parent: { name: 'ann' } },
      { name: 'cid', following: [], followers: [{ name: 'ann' }, { name: 'bob' }], children: [], parent: { name: 'ann' } },
    ]);
    // "followers" sorts before "following": its owner's id is in column A.
    const q = db === 'mysql' ? '`' : '"';
    const rows = await prisma.$queryRawUnsafe(`SELECT ${q}A${q}, ${q}B${q} FROM ${q}_Follows${q} ORDER BY 1, 2`);
    assert.deepEqual(rows, [{ A: 1, B: 2 }, { A: 3, B: 1 }, { A: 3, B: 2 }]);
  } finally {
    await c.close();
  }
});
